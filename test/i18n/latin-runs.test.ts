// The test that finds English left in Chinese output must itself find it.
import { describe, expect, it } from 'vitest';
import { latinRuns } from '../helpers/latin-runs.js';

describe('latinRuns', () => {
  it.each([
    ['禁止  京东联盟 · 快手 直播间购物车 · 2022年6月1日（Asia/Shanghai）', []],
    ['“external links to JD Alliance will be removed”', []],
    ['  evidence     “Like the “Red Cat” initiative before this, the partnership will enable links”', []],
    ['— EqualOcean（英文商业网站）、《Kuaishou cuts external links》，发布于 2022年2月25日，https://example.com/a b c', []],
    ['规则 kuaishou-2022-03-jd-live-cart-cut：禁止', []],
    ['另有 2 条证据；--explain 查看全部', []],
    ['（"linkcheck rules list" 列出别名）', []],
    ['原因  Kuaishou bars JD Alliance links from the live-room cart.', ['Kuaishou bars JD Alliance links from the   cart.']],
    ['— 36Kr (36氪), republishing the WeChat account 三易生活', ['republishing the WeChat account']],
    ['— TechNode、Kuaishou suspends Taobao，发布于', ['Kuaishou suspends Taobao']],
  ])('%s', (text, runs) => {
    expect(latinRuns(text)).toEqual(runs);
  });
});

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { safeXml } from '../../src/render/safe.js';
import { run } from './run.js';
import { tempFolder } from '../helpers/temp.js';

interface Node {
  [key: string]: unknown;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['g', 'rect', 'text', 'line'].includes(name) });

async function svgOf(args: string[]): Promise<{ text: string; svg: Node }> {
  const result = await run(['timeline', ...args, '--svg', '-']);
  expect(result.code).toBe(0);
  expect(result.stderr).toBe('');
  expect(XMLValidator.validate(result.stdout)).toBe(true);
  return { text: result.stdout, svg: parser.parse(result.stdout).svg as Node };
}

const texts = (group: Node) => ((group.text as (Node | string)[]) ?? []).map((text) => (typeof text === 'string' ? text : String(text['#text'])));

describe('timeline --svg', () => {
  it('is a standalone SVG with a title, an axis with years, a legend and a tooltip per bar', async () => {
    const { svg } = await svgOf(['-p', 'kuaishou']);
    expect(svg.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(svg.title).toBe('linkcheck timeline: kuaishou');
    const groups = svg.g as Node[];
    const axis = groups.filter((group) => group.class === 'axis');
    expect(axis.flatMap(texts)).toEqual(['2019', '2020', '2021', '2022', '2023']);
    const legend = groups.find((group) => group.class === 'legend')!;
    expect(texts(legend)).toEqual(['allowed', 'denied', 'rolling-out', 'unknown']);
    const tracks = groups.filter((group) => group.class === 'track');
    expect(tracks).toHaveLength(36);
    const bars = tracks.flatMap((track) => track.rect as Node[]);
    expect(bars.every((bar) => typeof bar.title === 'string' && bar.title !== '')).toBe(true);
    const taobao = tracks[0]!;
    expect(texts(taobao)).toEqual(['taobao live-cart']);
    expect((taobao.rect as Node[]).map((bar) => bar.title)).toEqual([
      'kuaishou taobao live-cart: unknown, … – 2019-06-30; no rule on record',
      'kuaishou taobao live-cart: allowed, 2019-07-01 – 2019-12-22; rule kuaishou-2019-alliance-links-open',
      'kuaishou taobao live-cart: denied, 2019-12-23 – 2019-12-30; rule kuaishou-2019-12-taobao-suspended',
      'kuaishou taobao live-cart: unknown, 2019-12-31 – 2021-02-28; no rule on record',
      'kuaishou taobao live-cart: allowed, 2021-03-01 – 2022-02-28; rule kuaishou-alliance-links-open-2021',
      'kuaishou taobao live-cart: denied, 2022-03-01 – …; rule kuaishou-2022-03-taobao-cut',
    ]);
  });

  it('keeps bars inside the chart and in time order', async () => {
    const { svg } = await svgOf(['taobao', '--from', '2022-01-01', '--to', '2022-12-31']);
    const width = Number(svg.width);
    for (const track of (svg.g as Node[]).filter((group) => group.class === 'track')) {
      const xs = (track.rect as Node[]).map((bar) => [Number(bar.x), Number(bar.width)] as const);
      for (const [x, w] of xs) expect(x + w).toBeLessThanOrEqual(width);
      expect(xs.map(([x]) => x)).toEqual([...xs.map(([x]) => x)].sort((a, b) => a - b));
    }
  });

  it('is in Chinese with --lang zh', async () => {
    const { svg } = await svgOf(['taobao', 'live-cart', '--lang', 'zh']);
    expect(svg.title).toBe('linkcheck 时间线：kuaishou, douyin, xiaohongshu');
    expect(texts((svg.g as Node[]).find((group) => group.class === 'legend')!)).toEqual(['允许', '禁止', '逐步生效中', '未知']);
  });

  it('writes a file and says so on stderr', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const file = join(tempFolder('linkcheck-svg-'), 'chart.svg');
    const result = await run(['timeline', 'jd', '--svg', file]);
    expect(result).toEqual({ code: 0, stdout: '', stderr: `linkcheck: wrote the chart to ${file}\n` });
    expect(XMLValidator.validate(readFileSync(file, 'utf8'))).toBe(true);
    const missing = await run(['timeline', 'jd', '--svg', join(file, 'no', 'such', 'folder.svg')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^linkcheck: cannot write the SVG to .*folder\.svg: a part of its path is not a folder\n$/);
  });

  it.each([
    ['a < b & "c"', 'a &lt; b &amp; &quot;c&quot;'],
    ['bell\u0007 and escape\u001b[31m', 'bell\\x07 and escape\\x1b[31m'],
    ["it's ]]> \u202e", 'it&apos;s ]]&gt; \\u202e'],
    ['淘宝 → 快手', '淘宝 → 快手'],
  ])('escapes %j for XML', (text, expected) => {
    expect(safeXml(text)).toBe(expected);
  });
});

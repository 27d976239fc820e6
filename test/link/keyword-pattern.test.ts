// Share-text keywords as share texts disguise them (淘bao, jing东, 【淘】【宝】), and ordinary text that
// must go on naming nothing: the source a token is answered for hangs on these words.
import { describe, expect, it } from 'vitest';
import { namedSources } from '../../src/link/share-text.js';
import { builtinCatalog } from '../helpers/catalog.js';

const catalog = await builtinCatalog();
const named = (text: string): string[] => namedSources(catalog.sources.values(), text).map((match) => match.source.id);

describe('a keyword with a character in pinyin, or with separators between its characters, names its source', () => {
  it.each([
    // Taobao: 淘宝, 手淘, 淘口令.
    ['淘bao', 'taobao'],
    ['tao宝', 'taobao'],
    ['TAO宝', 'taobao'],
    ['淘Bao', 'taobao'],
    ['打开👉淘bao👈', 'taobao'],
    ['手tao', 'taobao'],
    ['shou淘', 'taobao'],
    ['淘kou令', 'taobao'],
    ['tao口ling', 'taobao'],
    ['taokouling', 'taobao'],
    ['shoutao', 'taobao'],
    ['淘-bao', 'taobao'],
    ['淘 宝', 'taobao'],
    ['淘\u3000宝', 'taobao'],
    ['淘、宝', 'taobao'],
    ['淘，宝', 'taobao'],
    ['【淘】【宝】', 'taobao'],
    ['淘(宝)', 'taobao'],
    ['淘（宝）', 'taobao'],
    ['👉淘 宝👈', 'taobao'],
    ['去【淘 bao】', 'taobao'],
    // Tmall: 天猫.
    ['天mao', 'tmall'],
    ['tian猫', 'tmall'],
    ['TianMao', 'tmall'],
    ['tianmao', 'tmall'],
    ['天 猫', 'tmall'],
    ['【天】【猫】', 'tmall'],
    // JD: 京东, 京口令.
    ['京dong', 'jd'],
    ['jing东', 'jd'],
    ['JingDong', 'jd'],
    ['jingdong', 'jd'],
    ['京 东', 'jd'],
    ['京、东', 'jd'],
    ['京kou令', 'jd'],
    ['南京东路 jing东自营', 'jd'],
    // Weidian: 微店.
    ['微dian', 'weidian'],
    ['wei店', 'weidian'],
  ])('%j names %s', (text, source) => {
    expect(named(`复制这段描述 ${text}`)).toEqual([source]);
    expect(named(text)).toEqual([source]);
  });

  it.each([
    // A syllable alone, or the syllables apart, is a word.
    ['bao'],
    ['dong'],
    ['mao'],
    ['Mao Zedong'],
    ['tao bao'],
    ['jing dong'],
    ['tian mao'],
    // Pinyin inside a longer word of letters.
    ['Beijing东城发货'],
    ['淘baobei'],
    ['xiaotao宝'],
    // A keyword inside a word that names something else, disguised or not.
    ['南京东路'],
    ['南京 东路'],
    ['南jing东路'],
    ['南京dong路'],
    ['京东方'],
    ['京 东方'],
    ['北京東城'],
    // 京东同款 ("as JD sells it") is said of items of any shop, disguised or not.
    ['京东同款'],
    ['京東同款'],
    ['jing东同款'],
    ['京 东 同 款'],
    // Words that part a sentence, between two words that end and begin with a keyword's characters.
    ['今天，猫粮打折'],
    ['今天 猫粮打折'],
    ['北京 东西很好'],
    ['东京，东西'],
    ['海淘 宝贝推荐'],
    ['海淘（宝宝奶粉）'],
  ])('%j names nothing', (text) => {
    expect(named(`复制这段描述 ${text} 点击打开`)).toEqual([]);
  });
});

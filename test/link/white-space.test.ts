// One reading of a pasted text (#14): white space of any kind ends a link as a space
// does, and an invisible character never joins or hides pieces. Every spoof of the
// tables, with any white-space or invisible character spliced in anywhere, gets no
// source but that of a link really in it (a text of two links may be read as either
// once a splice breaks the other); a real link with one spliced in gets no other source
// than its own.
// Seeded and bounded here; more runs with `npm run fuzz` (FUZZ_RUNS).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Classification } from '../../src/link/types.js';
import { builtinCatalog, classifyOrNull } from '../helpers/catalog.js';
import { cli } from '../helpers/exec.js';
import { legit, noLink, rows, spoofs } from './tables.js';

const catalog = await builtinCatalog();
const runs = Number(process.env.FUZZ_RUNS ?? 300);
const options = { numRuns: runs, seed: 20261204 };

/** Every character of \p{White_Space}: ASCII tab to CR and space, NEL, no-break spaces, the typographic spaces, the line and paragraph separators, the ideographic space. */
const WHITE_SPACE = [
  ...'\t\n\u000b\u000c\r \u0085\u00a0\u1680',
  ...Array.from({ length: 11 }, (_, index) => String.fromCharCode(0x2000 + index)),
  ...'\u2028\u2029\u202f\u205f\u3000',
];
/** Invisible format characters and bidi controls. */
const INVISIBLE = [...'\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff'];

const classify = (input: string): Classification | null => classifyOrNull(catalog, input);

/** The source (or group: m.tb.cn is taobao-alliance) of a link the text is read as; a share token (the wrappers hold one) is no link. */
function linkSource(input: string): string | null {
  const result = classify(input);
  if (result?.kind === 'link') return result.source?.id ?? result.group?.id ?? null;
  return result?.kind === 'name' ? (result.source?.id ?? null) : null;
}

/** The sources (or groups) of the links in the text, each run of non-space characters read on its own; a name is no link. */
function linksIn(text: string): string[] {
  return text
    .split(/\p{White_Space}+/u)
    .map((run) => {
      const result = classify(run);
      return result?.kind === 'link' ? (result.source?.id ?? result.group?.id ?? null) : null;
    })
    .filter((found): found is string => found !== null);
}

const splice = (text: string, at: number, inserted: string): string => {
  const characters = [...text];
  characters.splice(at % (characters.length + 1), 0, inserted);
  return characters.join('');
};

/** A web link's start, or an app deep link's whose scheme a source lists in the record. */
const LINK_START = new RegExp(`^(?:https?|${[...catalog.sources.values()].flatMap((source) => source.appSchemes ?? []).map((scheme) => scheme.replaceAll('.', '\\.')).join('|')}):\\/\\/`, 'u');

/**
 * Whether the splice cuts a whole web link or app deep link out of the text:
 * "xhttps://item.taobao.com/" (a scheme the scanner must not take for https) with a space after
 * the x is a word and a Taobao link, which a reader sees apart, and which is that link's source;
 * so is "x/?u=taobao://item.taobao.com/" with a space before the deep link.
 */
function cutsOutALink(text: string, at: number): boolean {
  const characters = [...text];
  const tail = characters.slice(at % (characters.length + 1)).join('');
  return LINK_START.test(tail) && linkSource(tail) !== null && linkSource(splice(text, at, ' ')) === linkSource(tail);
}

/**
 * Whether the splice ends a link where a reader sees it end: white space right after a host, before
 * CJK text, an emoji or punctuation that no host continues with (not . / \\ @ % ? # - _), as
 * "https://item.taobao.com ".evil.com/x" reads: the link before the white space is then whole,
 * and the text may be that link's.
 */
function endsALink(text: string, at: number): boolean {
  const characters = [...text];
  const cut = at % (characters.length + 1);
  const head = characters.slice(0, cut).join('');
  const tail = characters.slice(cut).join('');
  return /^[\p{Script=Han}\p{P}\p{S}]/u.test(tail) && !/^[-_./\\@%?#\uff0e\u3002\uff61\uff0f\uff20]/u.test(tail) && linkSource(head) !== null && linkSource(splice(text, at, ' ')) === linkSource(head);
}

describe('white space ends a link', () => {
  it('\\p{White_Space} is the list above, and every one of them is tried', () => {
    const all: string[] = [];
    for (let code = 0; code < 0x110000; code++) if (/\p{White_Space}/u.test(String.fromCodePoint(code))) all.push(String.fromCodePoint(code));
    expect(WHITE_SPACE).toEqual(all);
  });

  it.each(WHITE_SPACE.map((space) => [space.codePointAt(0)!.toString(16).padStart(4, '0'), space]))('U+%s between a host and more host gives no source', (_, space) => {
    expect(classify(`https://evil.cn${space}.jd.com/1.html`)).toMatchObject({ source: null, reason: 'ambiguous-host', host: 'evil.cn.jd.com' });
    expect(classify(`https://evil.cn${space}@item.jd.com/1.html`)).toMatchObject({ source: null, reason: 'ambiguous-host', host: 'item.jd.com' });
    expect(classify(`【京东】https://item.jd.com/1.html${space}点击链接直接打开`)).toMatchObject({ source: { id: 'jd' }, host: 'item.jd.com' });
    // A host with no path ends at the white space when what follows could not continue it.
    expect(classify(`https://www.jd.com${space}好物推荐`)).toMatchObject({ source: { id: 'jd' }, host: 'www.jd.com', reason: null });
    expect(classify(`【天猫】https://m.tb.cn${space}好物`)).toMatchObject({ source: { id: 'tmall' }, host: 'm.tb.cn', reason: null });
    expect(classify(`https://item.jd.com${space}【好物】`)).toMatchObject({ source: { id: 'jd' }, reason: null });
    expect(classify(`https://item.jd.com${space}👍好物`)).toMatchObject({ source: { id: 'jd' }, reason: null });
    expect(classify(`https://item.jd.com${space}，好物`)).toMatchObject({ source: { id: 'jd' }, reason: null });
    // What could continue it still puts it in doubt, and the host shown is one the text holds.
    expect(classify(`https://evil.cn${space}．jd.com/1.html`)).toMatchObject({ source: null, reason: 'ambiguous-host' });
    expect(classify(`https://item.jd.com${space}evil.cn/1.html`)).toMatchObject({ source: null, reason: 'ambiguous-host' });
    expect(classify(`https://item.jd.com${space}-evil.cn/1.html`)).toMatchObject({ source: null, reason: 'ambiguous-host' });
    expect(classify(`https://www.jd.com${space}ｘ好`)).toMatchObject({ source: null, reason: 'ambiguous-host', host: 'www.jd.com' });
  });

  it.each([
    [['https://evil.cn\n.jd.com/1.html', 'short-video-cart', '2022-06-01'], 3, /^unknown/u],
    [['https://evil.cn\t@item.jd.com/1.html', 'short-video-cart', '2022-06-01'], 3, /^unknown/u],
    [['https://item.jd.com/1.html\n', 'short-video-cart', '2022-06-01'], 0, /^allowed/u],
  ])('linkcheck %j exits %i', async (args, code, verdict) => {
    const run = await cli(args);
    expect(run.code).toBe(code);
    expect(run.stdout).toMatch(verdict);
  });
});

describe('a bidi control before the end of a host, in its paragraph, puts the link in doubt', () => {
  it.each([
    ['https://item.jd.com\u202e/1.html', 'ambiguous-host'],
    ['\u2067https://item.jd.com/1.html', 'ambiguous-host'],
    ['\u202e京东 https://item.jd.com/1.html', 'ambiguous-host'],
    ['【京东】\u200fhttps://item.jd.com/1.html', 'ambiguous-host'],
    // A line or paragraph break ends the override: the link on the next line shows as it is read.
    ['\u202e京东\nhttps://item.jd.com/1.html', 'source jd'],
    ['\u202e京东\u2029https://item.jd.com/1.html', 'source jd'],
    // An override after the host reorders only what follows it: the path, the text after the link.
    ['https://item.jd.com/\u202e1.html', 'source jd'],
    ['https://item.jd.com/1.html \u202e好价', 'source jd'],
  ])('%j → %s', (input, expected) => {
    const result = classify(input);
    expect(result?.source ? `source ${result.source.id}` : result?.kind === 'link' ? result.reason : 'error').toBe(expected);
  });
});

/** Every input of the spoof tables, alone and inside the share texts. */
const hostile = [...rows.map(([input]) => input), ...noLink.map(([input]) => input), ...spoofs.map(([input]) => input)];

describe('a splice never makes a spoof a link with a source', () => {
  it('a splice that ends a link before text no host continues with leaves that link whole', () => {
    expect(endsALink('https://item.taobao.com".evil.com/x', 23)).toBe(true);
    expect(endsALink('https://item.taobao.com淘.evil.com/x', 23)).toBe(true);
    expect(endsALink('https://item.taobao.com．evil.com/x', 23)).toBe(false);
    expect(endsALink('https://evil.cn.jd.com/1.html', 15)).toBe(false);
    expect(linkSource('https://www.jd.com 好物推荐')).toBe('jd');
  });

  it('a splice that cuts a whole link out is read as that link, and no other splice is exempt', () => {
    expect(linkSource('x https://item.taobao.com/')).toBe('taobao');
    expect(cutsOutALink('xhttps://item.taobao.com/', 1)).toBe(true);
    expect(cutsOutALink('evil.com【item.taobao.com/x', 9)).toBe(false);
    expect(cutsOutALink('https://evil.example/?u=https://item.taobao.com/', 24)).toBe(false);
  });

  // Every place of every spoof, with the kinds of white space that differ in how the
  // parser treats them (stripped, percent-encoded, refused) and how text shows them.
  // Only a splice that cuts a whole web link out of the text may give that link's source.
  it('every white-space splice of every spoof, alone', () => {
    const kinds = ['\t', '\n', '\r', ' ', '\u000b', '\u0085', '\u00a0', '\u2028', '\u200a', '\u3000'];
    const sourced: string[] = [];
    for (const [spoof] of spoofs) {
      for (let at = 0; at <= [...spoof].length; at++) {
        for (const space of kinds) {
          const input = splice(spoof, at, space);
          if (linkSource(input) !== null && !cutsOutALink(spoof, at) && !endsALink(spoof, at)) sourced.push(input);
        }
      }
    }
    expect(sourced).toEqual([]);
  });

  // A text of several links (a JD link and a Taobao one: several-links) may, once a splice breaks
  // one link's scheme so that it is no link at all, be read as the other: a source of a link that
  // is in the text, never any other.
  it('any white-space or invisible character, anywhere in any spoof or share text around one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...hostile), fc.nat(), fc.constantFrom(...WHITE_SPACE, ...INVISIBLE), (spoof, at, inserted) => {
        if (cutsOutALink(spoof, at) || (WHITE_SPACE.includes(inserted) && endsALink(spoof, at))) return;
        const found = linkSource(splice(spoof, at, inserted));
        if (found !== null) expect(linksIn(spoof), JSON.stringify(splice(spoof, at, inserted))).toContain(found);
      }),
      options,
    );
  });

  it('a text of two links leads to either, or to none while a broken one still names its host; a spoof to none', () => {
    expect(linksIn('https://item.jd.com/1.html 对比 https://item.taobao.com/item.htm?id=2')).toEqual(['jd', 'taobao']);
    // The broken link still names JD's host beside Taobao's link, which an app may show as a link: the text is in doubt.
    expect(linkSource('https\u200b://item.jd.com/1.html 对比 https://item.taobao.com/item.htm?id=2')).toBe(null);
    expect(linksIn('https://item.taobao.com．evil.com/x')).toEqual([]);
  });
});

describe('a splice never gives a real link another source', () => {
  // h5.m.taobao.com/awp/core/detail.htm is the Taobao Alliance's short link (any member's item),
  // h5.m.taobao.com alone Taobao's: white space that cuts the path before that entry's path is
  // complete leaves a link that is no longer the one shared, and the answer in doubt.
  it.each([
    'https://h5.m.taobao.com\t/awp/core/detail.htm?id=1 淘宝',
    'https://h5.m.taobao.com /awp/core/detail.htm?id=1',
    'https://h5.m.taobao.com/awp/co\nre/detail.htm?id=1',
    '【淘宝】https://h5.m.taobao.com/awp\u3000/core/detail.htm?id=1 复制',
    'https://a.m.taobao.com /i123.htm',
  ])('a path cut where it tells whose link it is: %j in doubt', (input) => {
    expect(classify(input)).toMatchObject({ kind: 'link', source: null, reason: 'path-in-doubt' });
  });

  it.each([
    ['https://h5.m.taobao.com', 'taobao'],
    ['https://h5.m.taobao.com 淘宝', 'taobao'],
    ['https://h5.m.taobao.com/awp/core/detail.htm?id=1 淘宝', 'taobao-alliance'],
    ['https://item.jd.com/1.html 京东', 'jd'],
    ['https://item.taobao.com /item.htm?id=1', 'taobao'],
  ])('a link whose path, read on or not, falls under the same entry: %j is %s', (input, id) => {
    const found = classify(input);
    expect(found?.kind === 'link' ? (found.source?.id ?? found.group?.id) : undefined).toBe(id);
  });

  it('any white-space or invisible character, anywhere in a real share text: its link is its own or none', () => {
    fc.assert(
      fc.property(fc.constantFrom(...legit), fc.nat(), fc.constantFrom(...WHITE_SPACE, ...INVISIBLE), ([input, source], at, inserted) => {
        // A splice that breaks the link leaves the text's share token, if any, to answer by its own words.
        const result = classify(splice(input, at, inserted));
        if (result?.kind === 'token') return;
        const found = result?.source?.id ?? (result?.kind === 'link' ? result.group?.id : undefined) ?? null;
        expect([null, source]).toContain(found);
      }),
      options,
    );
  });
});

// Properties of reading a link in a text (issue 7), seeded and bounded here; more
// runs with `npm run fuzz` (FUZZ_RUNS).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostInDomain } from '../../src/link/host.js';
import { scanText, trimControls } from '../../src/link/scan.js';
import type { Classification } from '../../src/link/types.js';
import { parseWebLink } from '../../src/link/web-link.js';
import { builtinCatalog, classifyOrNull } from '../helpers/catalog.js';

const catalog = await builtinCatalog();
const runs = Number(process.env.FUZZ_RUNS ?? 300);
const options = { numRuns: runs, seed: 20261123 };

/** The answer, or null for an input error; anything else thrown fails the property. */
const classify = (input: string): Classification | null => classifyOrNull(catalog, input);

/** Pieces that make links, near-links and spoofs when strung together. */
const pieces = [
  'https://', 'http:', 'v.douyin.com/', 'taobao://', 'openapp.jdmobile://', 'HTTPS://', 'ｈｔｔｐｓ：／／', 'javascript:', 'file://', 'item', 'm', 'u', 'taobao', 'tmall', 'jd', 'tb', 'cn', 'com', 'evil',
  '.', '。', '．', '｡', '@', '/', '\\', '?', '#', ':', '443', '-', '%2e', '%', 'xn--', '1', '3', '[', ']', ' ', '\n', '\t', '\u001f', '\u0000',
  '\u200b', '\ufeff', '\u00ad', '\u3000', '【', '】', '「', '」', '，', '淘宝', '京东', '’', "'", '"', '`', '👉', '\u0430', 'ο', '￥', 'AEpabxiRg0u',
];
const piecewise = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 16 }).map((parts) => parts.join(''));
const anyText = fc.oneof(piecewise, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

describe('properties of a link in a text', () => {
  it('a host is recognised only if the URL parser gives that host for the extracted link, and it is a listed domain or under one', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const result = classify(input);
        if (result?.kind !== 'link' || result.source === null) return;
        if (result.appScheme) {
          expect(result.source.appSchemes).toContain(result.appScheme);
          return;
        }
        const extracted = scanText(trimControls(input.trim())).link;
        expect(extracted).not.toBeNull();
        expect(parseWebLink(extracted!.text)?.host).toBe(result.host);
        expect(parseWebLink(result.url)?.host).toBe(result.host);
        if (result.shortLink) {
          expect(result.source.shortLinks).toContain(result.domain);
          expect(hostInDomain(result.host, result.domain.split('/')[0]!)).toBe(true);
          return;
        }
        expect(result.source.domains).toContain(result.domain);
        expect(hostInDomain(result.host, result.domain)).toBe(true);
      }),
      options,
    );
  });

  /** Text that cannot itself hold a link a source owns: CJK, punctuation, spaces, emoji, two letters and digits. */
  const around = fc
    .array(fc.constantFrom('淘', '宝', '京', '东', '天猫', '【', '】', '「', '」', '，', '。', '！', '👉', ' ', '\n', '\u3000', 'a', 'x', '7', '￥', 'AEpabxiRg0u'), { maxLength: 12 })
    .map((parts) => parts.join(''));
  const spoofs = [
    'https://item.taobao.com．evil.com/x', 'https://item.taobao.com。evil.com/x', "https://item.taobao.com'evil.com/x", 'https://item.taobao.com淘.evil.com/x',
    'https://item.taobao.com👉.evil.com/x', 'evil.com?x=item.taobao.com/y', 'evil.com#item.taobao.com/y', 'https:evil.com/?item.taobao.com/x',
    'evil.com\\item.taobao.com/x', 'javascript://item.taobao.com/%0aalert(1)', '\u001fjavascript://item.taobao.com/%0aalert(1)', 'file://item.taobao.com/x',
    'data:text/html,item.taobao.com/x', 'https://taobao.com@evil.example/', 'https://t\u0430obao.com/', 'https://item.taobao.com%2eevil.com/',
    'https://item.taobao.com\u200b.evil.com/', 'https://1.2.3.4/item.taobao.com', 'https://item.taobao.com.evil.example/x', 'evil.com/【item.taobao.com/x',
    '1.2.3.4【item.taobao.com/x', 'https://evil.example/?u=https://item.taobao.com/',
  ];

  it('random text around a spoofed link never yields a source', () => {
    fc.assert(
      fc.property(around, fc.constantFrom(...spoofs), around, (before, spoof, after) => {
        const result = classify(`${before}${spoof}${after}`);
        expect(result === null || result.kind === 'token' || result.source === null).toBe(true);
        if (result?.kind === 'token') expect(result.token).toContain('AEpabxiRg0u');
      }),
      options,
    );
  });

  it('classifyInput only ever throws InputError', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        classify(input);
      }),
      options,
    );
  });

  it.each([
    ['!a'.repeat(500_000), 'error'],
    [`淘宝 ${'!a'.repeat(500_000)}`, 'error'],
    [`https://item.taobao.com/${'a'.repeat(1_000_000)}`, 'taobao'],
    [`【淘宝】${'。'.repeat(300_000)}https://m.tb.cn/h.x`, 'taobao-alliance'],
    [`${'a.'.repeat(500_000)}com/x`, null],
    [`${'【a'.repeat(300_000)}`, 'error'],
    [`https://${'a@'.repeat(300_000)}item.taobao.com/`, 'taobao'],
  ])('a 1 MB input completes (%#)', (input, expected) => {
    const result = classify(input);
    expect(result === null ? 'error' : (result.source?.id ?? (result.kind === 'link' ? result.group?.id : undefined) ?? null)).toBe(expected);
  });
});

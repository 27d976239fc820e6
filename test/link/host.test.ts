import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainIndex, hostInDomain, matchHost, matchIndexedHost, normaliseHost } from '../../src/link/host.js';
import type { Source } from '../../src/model/types.js';

describe('hostInDomain compares whole labels', () => {
  it.each([
    ['taobao.com', 'taobao.com', true],
    ['item.taobao.com', 'taobao.com', true],
    ['a.b.c.taobao.com', 'taobao.com', true],
    ['evil-taobao.com', 'taobao.com', false],
    ['eviltaobao.com', 'taobao.com', false],
    ['taobao.com.evil.example', 'taobao.com', false],
    ['taobao.co', 'taobao.com', false],
    ['com', 'taobao.com', false],
    ['3.cn', '3.cn', true],
    ['13.cn', '3.cn', false],
  ])('%s in %s: %s', (host, domain, expected) => {
    expect(hostInDomain(host, domain)).toBe(expected);
  });
});

describe('normaliseHost', () => {
  it.each([
    ['ITEM.JD.COM', 'item.jd.com'],
    ['item.jd.com.', 'item.jd.com'],
    ['item.jd.com..', 'item.jd.com.'],
  ])('%s is %s', (hostname, expected) => {
    expect(normaliseHost(hostname)).toBe(expected);
  });
});

describe('matchHost', () => {
  const sources: Source[] = [
    { id: 'wide', name: 'Wide', aliases: [], groups: [], domains: ['shop.example'] },
    { id: 'narrow', name: 'Narrow', aliases: [], groups: [], domains: ['global.shop.example'] },
  ];
  it.each([
    ['shop.example', 'wide', 'shop.example'],
    ['www.shop.example', 'wide', 'shop.example'],
    ['global.shop.example', 'narrow', 'global.shop.example'],
    ['item.global.shop.example', 'narrow', 'global.shop.example'],
    ['item..shop.example', null, null],
    ['.shop.example', null, null],
    ['shop.example.evil', null, null],
  ])('%s belongs to %s by %s', (host, id, domain) => {
    const match = matchHost(sources, host);
    expect([match?.source.id ?? null, match?.domain ?? null]).toEqual([id, domain]);
  });
});

describe('matchIndexedHost finds what matchHost finds', () => {
  const sources: Source[] = [
    { id: 'wide', name: 'Wide', aliases: [], groups: [], domains: ['shop.example', '3.cn'] },
    { id: 'narrow', name: 'Narrow', aliases: [], groups: [], domains: ['global.shop.example'] },
    { id: 'other', name: 'Other', aliases: [], groups: [], domains: ['b.a.example'] },
  ];
  const index = domainIndex(sources);
  const same = (host: string) => {
    const [indexed, scanned] = [matchIndexedHost(index, host), matchHost(sources, host)];
    expect([host, indexed?.source.id ?? null, indexed?.domain ?? null]).toEqual([host, scanned?.source.id ?? null, scanned?.domain ?? null]);
  };

  // Hosts longer than every domain: only their parents as long as a domain are looked up.
  it.each(['a.'.repeat(30_000) + 'shop.example', 'a.'.repeat(30_000) + 'a', 'x'.repeat(60_000) + '.shop.example', 'x'.repeat(60_000) + 'shop.example', 'abob.shop.example', 'obal.shop.example', 'lobal.shop.example', '13.cn', 'a.3.cn'])(
    '%s',
    (host) => same(host),
  );

  it('for any host made of their labels', () => {
    const label = fc.constantFrom('a', 'b', 'shop', 'example', 'global', '3', 'cn', 'lobal', 'xshop', '');
    fc.assert(fc.property(fc.array(label, { maxLength: 8 }), (labels) => same(labels.join('.'))), { numRuns: 2000 });
  });
});

// Compiling user rules beside the built-in ones: a rule id used twice is reported where it was
// first used, across files (some of them empty); rules naming the same sources share the set of
// the sources they cover, and each still covers exactly its own.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.js';
import { compileCatalog } from '../../src/engine/compile-catalog.js';
import { queryTime } from '../../src/time/query-time.js';
import { loadRuleSet } from '../../src/load/load-catalog.js';
import type { LoadedRuleFile, Rule } from '../../src/model/types.js';
import { ROOT } from '../helpers/catalog.js';

const set = await loadRuleSet({ root: ROOT });

function rule(id: string, sources: Rule['sources'], from = '2030-01-01'): Rule {
  return {
    id,
    platform: 'kuaishou',
    effect: 'deny',
    sources,
    surfaces: ['live-cart'],
    from,
    status: 'reported',
    summary: 'S.',
    evidence: [{ url: 'https://a.example/', published: '2030-01-01', quote: 'Q.' }],
  } as Rule;
}

function file(path: string, rules: Rule[]): LoadedRuleFile {
  return { path, data: { platforms: [], groups: [], sources: [], rules } } as unknown as LoadedRuleFile;
}

describe('compiling user rules', () => {
  it('reports each id used twice at its first use, in whichever file', () => {
    const files = [
      file('empty.json', []),
      file('a.json', [rule('u-1', { ids: ['jd'] }), rule('u-2', { ids: ['jd'] }, '2030-02-01')]),
      file('also-empty.json', []),
      file('b.json', [rule('u-3', { ids: ['jd'] }, '2030-03-01'), rule('u-2', { ids: ['jd'] }, '2030-04-01'), rule('u-3', { ids: ['jd'] }, '2030-05-01'), rule('kuaishou-own-shop', { ids: ['jd'] }, '2030-06-01')]),
    ];
    const { problems } = compileCatalog([...set.files, ...files], set.documents);
    expect(problems.map((found) => [found.code, found.file, found.path, found.params])).toEqual([
      ['duplicate-id', 'b.json', 'rules[1].id', { id: 'u-2', at: 'a.json: rules[1]' }],
      ['duplicate-id', 'b.json', 'rules[2].id', { id: 'u-3', at: 'b.json: rules[0]' }],
      ['duplicate-id', 'b.json', 'rules[3].id', { id: 'kuaishou-own-shop', at: 'rules/kuaishou.json: rules[1]' }],
    ]);
  });

  it('shares one set of covered sources among rules of the same selector, and only among them', () => {
    const files = [
      file('a.json', [
        rule('u-1', { ids: ['jd'] }),
        rule('u-2', { ids: ['jd'] }, '2030-02-01'),
        rule('u-3', { ids: ['jd', 'taobao'] }, '2030-03-01'),
        rule('u-4', { ids: ['jd', 'taobao'] }, '2030-04-01'),
        rule('u-5', { groups: ['third-party'] }, '2030-05-01'),
        rule('u-6', { anyExcept: ['jd'] }, '2030-06-01'),
        rule('u-7', { anyExcept: [] }, '2030-07-01'),
      ]),
    ];
    const { catalog } = compileCatalog([...set.files, ...files], set.documents);
    const byId = new Map(catalog.rules.map((compiled) => [compiled.rule.id, compiled]));
    const covers = (id: string) => byId.get(id)!.covers;
    expect(covers('u-1')).toBe(covers('u-2'));
    expect(covers('u-3')).toBe(covers('u-4'));
    expect(covers('u-1')).not.toBe(covers('u-3'));
    expect([...covers('u-1')]).toEqual(['jd']);
    expect([...covers('u-3')]).toEqual(['jd', 'taobao']);
    expect(covers('u-6').has('jd')).toBe(false);
    expect(covers('u-6').size).toBe(catalog.sources.size - 1);
    expect(covers('u-7').size).toBe(catalog.sources.size);
    expect([...covers('u-5')]).toEqual([...catalog.sources.values()].filter((source) => source.groups.includes('third-party')).map((source) => source.id));
    expect(covers('u-5').size).toBeGreaterThan(1);
  });

  describe('an allow covers only the sources its evidence names, when it names some of them', () => {
    const allow = (id: string, sources: Rule['sources'], quote: string, title?: string) =>
      ({ ...rule(id, sources), effect: 'allow', evidence: [{ url: 'https://a.example/', published: '2030-01-01', quote, ...(title ? { title } : {}) }] }) as Rule;
    const coversOf = (...rules: Rule[]) => {
      const { catalog, problems } = compileCatalog([...set.files, file('a.json', rules)], set.documents);
      expect(problems).toEqual([]);
      return (id: string) => [...catalog.rules.find((compiled) => compiled.rule.id === id)!.covers].sort();
    };

    it.each<[string, Rule, string[]]>([
      // The lint's allow-source-unnamed: it would allow JD without a word of evidence for it.
      ['by alias, one of two', allow('u-1', { ids: ['taobao', 'jd'] }, 'Links to 淘宝 products are allowed again in the live-room cart.'), ['taobao']],
      ['by domain, two of three', allow('u-1', { ids: ['taobao', 'tmall', 'jd'] }, 'Links to taobao.com and tmall.com are allowed again in the cart.'), ['taobao', 'tmall']],
      ['by a report’s title', allow('u-1', { ids: ['taobao', 'jd'] }, 'Those links are allowed again in the live-room cart.', 'JD links are back'), ['jd']],
      // A Latin name inside a longer word names nothing; a Chinese name needs no spaces around it.
      ['by alias, the other inside a word', allow('u-1', { ids: ['taobao', 'jd'] }, 'Taobao links are allowed again in the cart (notice ref. adjd-2030).'), ['taobao']],
      ['by Chinese names without spaces', allow('u-1', { ids: ['taobao', 'jd'] }, '淘宝和京东的链接可以重新挂入购物车。'), ['jd', 'taobao']],
      ['every one by its group', allow('u-1', { ids: ['taobao', 'tmall'] }, 'Links of the 淘宝联盟 are allowed again in the cart.'), ['taobao', 'tmall']],
      ['every one', allow('u-1', { ids: ['taobao', 'jd'] }, 'Links to Taobao and JD products are allowed again.'), ['jd', 'taobao']],
      // Named by none: the evidence may use a name the catalogue lacks (the lint warns).
      ['none', allow('u-1', { ids: ['taobao', 'jd'] }, 'Outside links are allowed again in the live-room cart.'), ['jd', 'taobao']],
      // A group allow that says its evidence covers every link of the kind covers each member, named or not.
      [
        'one, and every link by coversAnyLink',
        { ...allow('u-1', { groups: ['taobao-alliance'] }, 'Tmall links, and every external link, are allowed again in the cart.'), coversAnyLink: { quote: 'every external link' } } as Rule,
        ['taobao', 'tmall'],
      ],
    ])('%s', (_name, one, covered) => {
      expect(coversOf(one)('u-1')).toEqual(covered);
    });

    it('narrows a group’s members, and leaves a deny and the rules sharing its selector as they are', () => {
      const covers = coversOf(
        allow('u-1', { groups: ['taobao-alliance'] }, 'Tmall links are allowed again in the cart.'),
        { ...rule('u-2', { groups: ['taobao-alliance'] }, '2030-02-01'), evidence: [{ url: 'https://a.example/', published: '2030-01-01', quote: 'Tmall links are barred from the cart.' }] } as Rule,
        { ...allow('u-3', { groups: ['taobao-alliance'] }, 'Taobao and Tmall links are allowed in the cart.'), from: '2030-03-01' } as Rule,
      );
      expect(covers('u-1')).toEqual(['tmall']);
      expect(covers('u-2')).toEqual(['taobao', 'tmall']);
      expect(covers('u-3')).toEqual(['taobao', 'tmall']);
    });

    it('decides for a source it names, and not for one it does not name', () => {
      const { catalog } = compileCatalog([...set.files, file('a.json', [{ ...allow('u-1', { ids: ['taobao', 'jd'] }, 'Links to 淘宝 products are allowed again in the live-room cart.'), platform: 'kuaishou', surfaces: ['live-cart'], from: '2030-01-01' } as Rule])], set.documents);
      const at = queryTime('2030-06-01', 'Asia/Shanghai', 0);
      expect(check(catalog, { platform: 'kuaishou', source: 'taobao', surface: 'live-cart', ...at }).verdict).toBe('allowed');
      expect(check(catalog, { platform: 'kuaishou', source: 'jd', surface: 'live-cart', ...at }).rule?.rule.id).not.toBe('u-1');
    });
  });
});

/**
 * The built-in files as their snapshot holds them, compiled (the precompiled road) or not: the
 * same rules, in the same order with the same fields and covered sources, and the same problems.
 */
describe('compiling user rules beside the precompiled built-in files', () => {
  const source = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: `Shop ${id}`, aliases: [], groups: [], domains: [`${id}.example`], ...extra });
  const withDefinitions = (path: string, data: Record<string, unknown>, rules: Rule[] = []): LoadedRuleFile =>
    ({ path, data: { platforms: [], groups: [], sources: [], ...data, rules } }) as unknown as LoadedRuleFile;
  const anyLink = { ...rule('u-any', { anyExcept: ['jd'] }, '2030-02-01'), effect: 'allow', coversAnyLink: { quote: 'every outside link' }, evidence: [{ url: 'https://a.example/', published: '2030-01-01', quote: 'Merchants may place every outside link.' }] } as Rule;
  const cases: [string, LoadedRuleFile[]][] = [
    ['sources joining built-in groups, and selectors of each kind', [withDefinitions('a.json', { sources: [source('joins', { groups: ['third-party', 'taobao-alliance'] }), source('alone')] }, [rule('u-1', { groups: ['third-party'] }), rule('u-2', { anyExcept: ['taobao'] }, '2030-03-01'), rule('u-3', { ids: ['joins'] }, '2030-04-01'), anyLink])]],
    ['a rule id and a source id of the built-in files used again', [withDefinitions('a.json', { sources: [source('taobao')] }, [rule('kuaishou-own-shop', { ids: ['jd'] })])]],
    ['a built-in platform defined again, with fewer surfaces', [withDefinitions('a.json', { platforms: [{ id: 'kuaishou', name: 'K', aliases: [], timeZone: 'Asia/Shanghai', surfaces: [{ id: 'live-cart', name: 'L', aliases: [] }] }] }, [rule('u-1', { ids: ['jd'] })])]],
    ['names that read as links, in a file with a built-in file’s path', [withDefinitions('rules/kuaishou.json', { sources: [source('dotted', { aliases: ['shop.example', 'https:x'] })] }, [rule('u-1', { ids: ['dotted'] })])]],
    ['a tie with a built-in rule', [withDefinitions('a.json', {}, [{ ...rule('u-tie', { ids: ['jd'] }, '2022-03-01'), effect: 'allow' } as Rule])]],
    // kuaishou-service-platforms-open-2019 allows the group by quotes that name its members one by one: not a shop that joins it.
    ['a source joining a built-in group whose allow names its members one by one', [withDefinitions('a.json', { sources: [source('joins', { groups: ['service-platform'] })] })]],
  ];

  const shown = (result: ReturnType<typeof compileCatalog>) => ({
    rules: result.catalog.rules.map(({ rule: compiled, covers, ...rest }) => ({ ...rest, id: compiled.id, covers: [...covers].sort() })),
    problems: result.problems,
  });

  it.each(cases)('%s', async (_, files) => {
    const fresh = async () => {
      const built = await loadRuleSet({ root: ROOT });
      return { built, precompiled: { files: new Set(built.files), rules: built.compiled! } };
    };
    const { built, precompiled } = await fresh();
    const other = await fresh();
    expect(shown(compileCatalog([...built.files, ...files], built.documents, precompiled))).toEqual(shown(compileCatalog([...other.built.files, ...files], other.built.documents)));
  });

  it('covers a source joining a built-in group only where the allow’s evidence names it', async () => {
    const built = await loadRuleSet({ root: ROOT });
    const joins = withDefinitions('a.json', { sources: [source('joins', { groups: ['service-platform'] })] });
    const { catalog, problems } = compileCatalog([...built.files, joins], built.documents, { files: new Set(built.files), rules: built.compiled! });
    expect(problems).toEqual([]);
    const covers = [...catalog.rules.find((compiled) => compiled.rule.id === 'kuaishou-service-platforms-open-2019')!.covers];
    expect(covers).toContain('youzan');
    expect(covers).not.toContain('joins');
  });

  it('reads no built-in rule whole when nothing is defined twice', async () => {
    const built = await loadRuleSet({ root: ROOT });
    const { problems } = compileCatalog([...built.files, withDefinitions('a.json', { sources: [source('alone')] }, [rule('u-1', { ids: ['alone'] })])], built.documents, { files: new Set(built.files), rules: built.compiled! });
    expect(problems).toEqual([]);
    const unread = built.files.flatMap((one) => one.data.rules).filter((one) => Object.getOwnPropertyDescriptor(one, 'evidence')?.get !== undefined);
    expect(unread.length).toBe(built.files.flatMap((one) => one.data.rules).length);
  });
});

// Checks across a catalog that a schema cannot express: names that clash, ids
// that are not defined, and allow/deny ties.
import type { Group, Platform, Source } from '../model/types.js';
import type { CompiledRule, Located } from './catalog.js';
import { normalizeName } from './names.js';
import type { Problem } from './problems.js';

type Entity = Platform | Group | Source;

export function checkAliases(kind: string, entities: Located<Entity>[], problems: Problem[]): void {
  const owners = new Map<string, string>();
  for (const { value, file, path } of entities) {
    const names = [value.id, ...value.aliases];
    names.forEach((name, position) => {
      const key = normalizeName(name);
      const owner = owners.get(key);
      if (owner !== undefined && owner !== value.id) {
        const where = position === 0 ? `${path}.id` : `${path}.aliases[${position - 1}]`;
        problems.push({ code: 'alias-conflict', file, path: where, message: `${kind} name "${name}" already names ${kind} "${owner}"`, hint: 'an alias must name one thing only; remove it from one of them' });
        return;
      }
      owners.set(key, value.id);
    });
  }
}

export function checkSurfaces(located: Located<Platform>, problems: Problem[]): void {
  const { value: platform, file, path } = located;
  const owners = new Map<string, string>();
  platform.surfaces.forEach((surface, index) => {
    [surface.id, ...surface.aliases].forEach((name, position) => {
      const key = normalizeName(name);
      const owner = owners.get(key);
      if (owner !== undefined) {
        const where = position === 0 ? `${path}.surfaces[${index}].id` : `${path}.surfaces[${index}].aliases[${position - 1}]`;
        const code = position === 0 && owner === surface.id ? 'duplicate-id' : 'alias-conflict';
        problems.push({ code, file, path: where, message: `surface name "${name}" already names surface "${owner}" of ${platform.id}`, hint: 'each surface id and alias must be unique within its platform' });
        return;
      }
      owners.set(key, surface.id);
    });
  });
}

export function checkSourceGroups(sources: Map<string, Located<Source>>, groups: Map<string, Located<Group>>, problems: Problem[]): void {
  for (const { value: source, file, path } of sources.values()) {
    source.groups.forEach((group, index) => {
      if (!groups.has(group)) {
        problems.push(unknownReference(file, `${path}.groups[${index}]`, 'group', group, [...groups.keys()]));
      }
    });
  }
}


/**
 * Two rules tie when they have the same platform, start and selector specificity and
 * share a source and a surface: precedence cannot choose between them. A tie is an
 * error when the two would answer differently: one allows and one denies, or one
 * has a phase-in or an imprecise start that the other lacks (or a different one).
 * Grouped by a key in one pass, so the work grows with the rules, not their pairs.
 */
export function findTies(rules: CompiledRule[], problems: Problem[]): void {
  const first = new Map<string, CompiledRule>();
  const reported = new Set<string>();
  for (const b of rules) {
    const sources = [...b.covers, ...(b.coversUnknown ? [UNKNOWN] : [])];
    for (const surface of b.rule.surfaces) {
      for (const source of sources) {
        const key = `${b.rule.platform} ${b.start} ${b.specificity} ${surface} ${source}`;
        const a = first.get(key);
        if (!a) {
          first.set(key, b);
          continue;
        }
        const differs = answerDifference(a, b);
        const pair = `${a.rule.id}\u0000${b.rule.id}`;
        if (!differs || reported.has(pair)) continue;
        reported.add(pair);
        problems.push(tie(a, b, source === UNKNOWN ? 'unrecognised sources' : source, surface, differs));
      }
    }
  }
}

/** Not a source id (ids are lower-case letters, digits and hyphens). */
const UNKNOWN = ' unknown';

function answerDifference(a: CompiledRule, b: CompiledRule): string | undefined {
  if (a.rule.effect !== b.rule.effect) return 'effect';
  if (a.certainFrom !== b.certainFrom) return 'imprecise start';
  if (a.phaseInUntil !== b.phaseInUntil) return 'phase-in';
  return undefined;
}

function tie(a: CompiledRule, b: CompiledRule, source: string, surface: string, differs: string): Problem {
  const same = `start at the same moment and equally specific sources for ${source} on ${surface}`;
  const message =
    differs === 'effect'
      ? `rule "${b.rule.id}" (${b.rule.effect}) and rule "${a.rule.id}" (${a.rule.effect}) ${same}`
      : `rule "${b.rule.id}" and rule "${a.rule.id}" ${same}, but differ in their ${differs}, so neither can decide`;
  const hint =
    differs === 'effect'
      ? 'move one start, narrow one selector, or remove one rule'
      : 'give both the same from and phaseIn, move one start, narrow one selector, or remove one rule';
  return { code: 'conflicting-rules', file: b.file, path: `rules[${b.index}]`, message, hint };
}

/** An alias that reads as a link or a host would take that link from its source. */
export function checkLinkLikeNames(kind: string, located: Located<Entity>, problems: Problem[]): void {
  const { value, file, path } = located;
  value.aliases.forEach((alias, position) => {
    if (looksLikeLink(alias)) problems.push(linkLike(kind, alias, file, `${path}.aliases[${position}]`));
  });
}

export function checkLinkLikeSurfaces(located: Located<Platform>, problems: Problem[]): void {
  const { value: platform, file, path } = located;
  platform.surfaces.forEach((surface, index) => {
    surface.aliases.forEach((alias, position) => {
      if (looksLikeLink(alias)) problems.push(linkLike('surface', alias, file, `${path}.surfaces[${index}].aliases[${position}]`));
    });
  });
}

/** A scheme ("https:", "javascript:") or two labels joined by a dot of any width ("jd.com"). */
export function looksLikeLink(name: string): boolean {
  const folded = normalizeName(name).replace(/[\u3002\uff0e\uff61]/g, '.');
  return /^[a-z][a-z0-9+.-]*:/.test(folded) || folded.includes('//') || /[\p{L}\p{N}_-][.][\p{L}\p{N}_-]/u.test(folded);
}

function linkLike(kind: string, alias: string, file: string, path: string): Problem {
  return {
    code: 'alias-like-link',
    file,
    path,
    message: `${kind} alias "${alias}" reads as a link or a host, and would take that link from the source it belongs to`,
    hint: 'write aliases as names (淘宝, jd); list hosts under a source\'s "domains"',
  };
}

export function unknownReference(file: string, path: string, kind: string, id: string, valid: string[]): Problem {
  return { code: 'unknown-reference', file, path, message: `unknown ${kind} "${id}"`, hint: `valid: ${valid.join(', ') || 'none defined'}` };
}

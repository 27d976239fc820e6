// Checks across a catalog that a schema cannot express: names that clash, ids
// that are not defined, and allow/deny ties.
import type { Group, Platform, Source } from '../model/types.js';
import type { CompiledRule } from './catalog.js';
import type { Problem } from './problems.js';

/** A definition and where it was made. */
export interface Located<T> {
  value: T;
  file: string;
  path: string;
}

type Entity = Platform | Group | Source;
/** Lower-cased, width-folded form under which ids and aliases are looked up. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}

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


export function findTies(rules: CompiledRule[], problems: Problem[]): void {
  for (let i = 0; i < rules.length; i++) {
    for (let j = i + 1; j < rules.length; j++) {
      const a = rules[i]!;
      const b = rules[j]!;
      if (a.rule.platform !== b.rule.platform || a.start !== b.start || a.specificity !== b.specificity) continue;
      if (a.rule.effect === b.rule.effect) continue;
      const surface = a.rule.surfaces.find((id) => b.rule.surfaces.includes(id));
      if (!surface) continue;
      const source = [...a.covers].find((id) => b.covers.has(id)) ?? (a.coversUnknown && b.coversUnknown ? 'unrecognised sources' : undefined);
      if (!source) continue;
      problems.push({
        code: 'conflicting-rules',
        file: b.file,
        path: `rules[${b.index}]`,
        message: `rule "${b.rule.id}" (${b.rule.effect}) and rule "${a.rule.id}" (${a.rule.effect}) start at the same moment and equally specific sources for ${source} on ${surface}`,
        hint: 'move one start, narrow one selector, or remove one rule',
      });
    }
  }
}

export function unknownReference(file: string, path: string, kind: string, id: string, valid: string[]): Problem {
  return { code: 'unknown-reference', file, path, message: `unknown ${kind} "${id}"`, hint: `valid: ${valid.join(', ') || 'none defined'}` };
}

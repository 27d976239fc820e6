// Checks across a catalog's definitions that a schema cannot express: names that clash,
// ids that are not defined, aliases that read as links (rule-order-checks.ts: ties).
import type { Group, Platform, Source } from '../model/types.js';
import type { Located } from './catalog.js';
import { isInputName, looksLikeLink, normalizeName, readAlike } from './names.js';
import { problem } from '../errors/problems.js';
import type { Problem } from '../errors/problems.js';

type Entity = Platform | Group | Source;
type Kind = 'platform' | 'group' | 'source';

export function checkAliases(kind: Kind, entities: Located<Entity>[], problems: Problem[]): void {
  const owners = new Map<string, string>();
  for (const { value, file, path } of entities) {
    for (const { name, where } of namesWritten(value, path)) {
      const key = readAlike(name);
      const owner = owners.get(key);
      if (owner !== undefined && owner !== value.id) {
        problems.push(problem('alias-conflict', { kind, name, owner }, file, where));
        continue;
      }
      owners.set(key, value.id);
    }
  }
}

/**
 * A name (id, alias or shown name) both a group and a source have. A group name is tried before a source name
 * (resolve.ts), so the group answers for it: a group named after a member of its own asks about a
 * whole that holds what the name names (taobao-alliance is also "taobao"), but any other such name
 * takes the source's name for another group's answer (a group "jd" of one's own shop, allowed).
 * Reported where the later of the two is defined (`order`: the place of its file among the files).
 */
export function checkGroupSourceNames(groups: Map<string, Located<Group>>, sources: Map<string, Located<Source>>, order: (file: string) => number, problems: Problem[]): void {
  const sourceNames = new Map<string, { source: Located<Source>; name: string; where: string }>();
  for (const source of sources.values()) {
    for (const { name, where } of namesWritten(source.value, source.path)) {
      const key = readAlike(name);
      if (!sourceNames.has(key)) sourceNames.set(key, { source, name, where });
    }
  }
  for (const group of groups.values()) {
    // A group's shown name may repeat one of its aliases (淘宝联盟): one clash is reported once.
    const seen = new Set<string>();
    for (const { name, where } of namesWritten(group.value, group.path)) {
      const key = readAlike(name);
      const found = sourceNames.get(key);
      if (!found || found.source.value.groups.includes(group.value.id) || seen.has(key)) continue;
      seen.add(key);
      if (order(group.file) >= order(found.source.file)) {
        problems.push(problem('alias-conflict.member', { kind: 'group', name, ownerKind: 'source', owner: found.source.value.id }, group.file, where));
      } else {
        problems.push(problem('alias-conflict.member', { kind: 'source', name: found.name, ownerKind: 'group', owner: group.value.id }, found.source.file, found.where));
      }
    }
  }
}

/**
 * Every name input takes for an entity, as resolve.ts reads them: its id, its aliases and its
 * shown names (isInputName), each with where it is written. Two entities that share one would
 * leave a name that picks one of them silently.
 */
function namesWritten(value: { id: string; aliases: readonly string[]; name: Entity['name'] }, path: string): { name: string; where: string; shown?: true }[] {
  const { name } = value;
  const shown = typeof name === 'string' ? [{ name, at: 'name' }] : (['en', 'zh'] as const).map((lang) => ({ name: name[lang], at: `name.${lang}` }));
  return [
    { name: value.id, where: `${path}.id` },
    ...value.aliases.map((alias, position) => ({ name: alias, where: `${path}.aliases[${position}]` })),
    ...shown.flatMap((entry) => (entry.name !== undefined && isInputName(normalizeName(entry.name)) ? [{ name: entry.name, where: `${path}.${entry.at}`, shown: true as const }] : [])),
  ];
}

export function checkSurfaces(located: Located<Platform>, problems: Problem[]): void {
  const { value: platform, file, path } = located;
  const owners = new Map<string, string>();
  platform.surfaces.forEach((surface, index) => {
    namesWritten(surface, `${path}.surfaces[${index}]`).forEach(({ name, where, shown }, position) => {
      const key = readAlike(name);
      const owner = owners.get(key);
      // A shown name may repeat the surface's own id or alias (its Chinese name also an alias).
      if (shown && owner === surface.id) return;
      // An alias the surface gives twice is a repeated entry (repeated-entries.ts), not a clash.
      if (owner === surface.id && position > 1 && surface.aliases.slice(0, position - 1).some((alias) => readAlike(alias) === key)) return;
      if (owner !== undefined) {
        const wording = position === 0 && owner === surface.id ? 'duplicate-id.surface' : 'alias-conflict.surface';
        problems.push(problem(wording, { name, owner, platform: platform.id }, file, where));
        return;
      }
      owners.set(key, surface.id);
    });
  });
}

export function checkSourceGroups(sources: Map<string, Located<Source>>, groups: Map<string, Located<Group>>, problems: Problem[]): void {
  const members = new Set<string>();
  for (const { value: source, file, path } of sources.values()) {
    source.groups.forEach((group, index) => {
      members.add(group);
      if (!groups.has(group)) {
        problems.push(unknownReference(file, `${path}.groups[${index}]`, 'group', group, [...groups.keys()]));
      }
    });
  }
  // A group no source is a member of answers for nothing: asked about, it could only fail.
  for (const { value: group, file, path } of groups.values()) {
    if (!members.has(group.id)) problems.push(problem('empty-group', { group: group.id }, file, `${path}.id`));
  }
}

/** An alias that reads as a link or a host would take that link from its source. */
export function checkLinkLikeNames(kind: Kind, located: Located<Entity>, problems: Problem[]): void {
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

function linkLike(kind: Kind | 'surface', alias: string, file: string, path: string): Problem {
  return problem('alias-like-link', { kind, alias }, file, path);
}

export function unknownReference(file: string, path: string, kind: Kind, id: string, valid: string[]): Problem {
  return problem('unknown-reference', { kind, id, valid: valid.join(', ') }, file, path);
}

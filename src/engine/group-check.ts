// A query about a group of sources (taobao, 淘宝联盟: the Taobao Alliance, whose
// members are Taobao and Tmall) asks every member and answers for all of them:
// allowed only if every member is allowed, denied only if every member is denied,
// and so for rolling-out and unknown; when the members differ the answer is
// unknown (reason members-differ), with each member's answer alongside.
import type { Catalog, CompiledRule } from './catalog.js';
import type { Group } from '../model/types.js';
import { check, laterDay, newestEvidence, type Answer, type Query } from './check.js';
import { wordedError } from '../errors/errors.js';

export type GroupQuery = Omit<Query, 'source'> & { group: string };

export function checkGroup(catalog: Catalog, query: GroupQuery): Answer {
  const { group, memberIds } = membersOf(catalog, query.group);
  const { group: _unused, ...rest } = query;
  const members = memberIds.map((source) => check(catalog, { ...rest, source }));
  const first = members[0]!;

  const agree = members.every((member) => member.verdict === first.verdict && member.reason === first.reason);
  const sameRule = members.every((member) => member.rule?.rule.id === first.rule?.rule.id);
  const decided = agree && sameRule;
  const newest = members.reduce<string | null>((latest, member) => laterDay(latest, member.freshness.newestEvidence), null);
  const reviewed = members.some((member) => member.freshness.reviewed === null) ? null : members.map((member) => member.freshness.reviewed!).sort()[0]!;

  return {
    ...first,
    source: null,
    verdict: agree ? first.verdict : 'unknown',
    reason: agree ? first.reason : 'members-differ',
    rule: decided ? first.rule : null,
    overridden: decided ? first.overridden : [],
    evidence: decided ? first.evidence : [],
    untilEvidence: decided ? first.untilEvidence : [],
    dispute: decided ? first.dispute : null,
    next: agree && first.reason === 'no-rule' ? earliest(members.map((member) => member.next)) : null,
    lastKnown: agree && first.reason === 'no-rule' ? latestEnded(members.map((member) => member.lastKnown)) : null,
    changesDuringDay: [...new Set(members.flatMap((member) => member.changesDuringDay))].sort((a, b) => a - b),
    freshness: { newestEvidence: newest, queriedDay: first.freshness.queriedDay, stale: newest !== null && first.freshness.queriedDay > newest, reviewed },
    group: { group, members },
  };
}

/** The group and the ids of its members, in catalog order; its errors are checkGroup's. */
function membersOf(catalog: Catalog, id: string): { group: Group; memberIds: string[] } {
  const group = catalog.groups.get(id);
  if (!group) throw wordedError('query-group', { group: id, valid: [...catalog.groups.keys()].join(', ') });
  const memberIds = [...catalog.sources.values()].filter((source) => source.groups.includes(group.id)).map((source) => source.id);
  if (memberIds.length === 0) throw wordedError('empty-group', { group: group.id });
  return { group, memberIds };
}

/** checkGroup()'s freshness.newestEvidence alone: the newest of its members' (newestEvidence in check.ts). */
export function groupNewestEvidence(catalog: Catalog, query: GroupQuery): string | null {
  const { memberIds } = membersOf(catalog, query.group);
  const { group: _unused, ...rest } = query;
  let newest: string | null = null;
  for (const source of memberIds) newest = laterDay(newest, newestEvidence(catalog, { ...rest, source }));
  return newest;
}

function earliest(rules: (CompiledRule | null)[]): CompiledRule | null {
  return rules.filter((rule): rule is CompiledRule => rule !== null).sort((a, b) => a.start - b.start)[0] ?? null;
}

function latestEnded(rules: (CompiledRule | null)[]): CompiledRule | null {
  return rules.filter((rule): rule is CompiledRule => rule !== null).sort((a, b) => b.end - a.end)[0] ?? null;
}

// Why a row's answer is what it is, as much of check()'s explanation as a report
// words for a row (its reason, the deciding rule, a dispute, a group's members),
// made from the verdict index's decision instead of a whole check(): one object
// per deciding rule and verdict, so that every row of a stretch of a placement's
// timeline shares it, and the words made from it (#18). A report that needs more
// (--json, --ndjson) reads the whole answer.
import type { Catalog, CompiledRule } from '../engine/catalog.js';
import { VERDICTS, type Answer, type Reason, type Verdict } from '../engine/check.js';
import type { Decision } from '../engine/verdict-index.js';

export interface MemberWhy {
  source: string;
  verdict: Verdict;
  reason: Reason;
  rule: string | null;
}

export interface Why {
  reason: Reason;
  /** The deciding rule, null when none decides. */
  rule: CompiledRule | null;
  /** Reports on record contradict the deciding rule (the answer's dispute). */
  disputed: boolean;
  /** With members-differ: each member's own answer; else empty. */
  members: readonly MemberWhy[];
  /** The platform's zone, in which the rule's instants are worded. */
  zone: string;
}

/** The reason, as check() gives it, from the verdict and rule the verdict index gives. */
export function reasonOf(decision: Decision): Reason {
  if (decision.rule === null) return 'no-rule';
  if (decision.verdict === 'unknown') return 'imprecise-start';
  return decision.verdict === 'rolling-out' ? 'phase-in' : 'in-force';
}

/** check()'s dispute is not null: the deciding rule is disputed, with evidence. */
function disputedBy(rule: CompiledRule | null): boolean {
  return (rule?.rule.disputed?.evidence ?? []).length > 0;
}

/** What the whole answer says: for --as-known-on, and for what the index does not hold. */
export function whyOfAnswer(answer: Answer): Why {
  return {
    reason: answer.reason,
    rule: answer.rule,
    disputed: answer.dispute !== null,
    members: answer.reason === 'members-differ' ? (answer.group?.members ?? []).map((member) => ({ source: member.source?.id ?? '?', verdict: member.verdict, reason: member.reason, rule: member.rule?.rule.id ?? null })) : [],
    zone: answer.platform.timeZone,
  };
}

/** Whys by decision, each made once: a source's from its decision, a group's from its members' (as checkGroup decides). */
export class Whys {
  private readonly byRule = new Map<CompiledRule, Why[]>();
  private readonly noRule = new Map<string, Why>();
  private groups = new Map<string, Why>();
  /** Each group's members, in checkGroup's order. */
  private readonly members = new Map<string, string[]>();

  constructor(private readonly catalog: Catalog) {}

  /** A source's (or an unknown link's) why. */
  of(decision: Decision, zone: string): Why {
    const rule = decision.rule;
    if (rule === null) {
      let why = this.noRule.get(zone);
      if (why === undefined) this.noRule.set(zone, (why = { reason: 'no-rule', rule: null, disputed: false, members: [], zone }));
      return why;
    }
    let whys = this.byRule.get(rule);
    if (whys === undefined) this.byRule.set(rule, (whys = []));
    const code = VERDICTS.indexOf(decision.verdict);
    return (whys[code] ??= { reason: reasonOf(decision), rule, disputed: disputedBy(rule), members: [], zone });
  }

  /** The members of a group, in checkGroup's order (the catalog's order of sources). */
  membersOf(group: string): readonly string[] {
    let ids = this.members.get(group);
    if (ids === undefined) {
      ids = [...this.catalog.sources.values()].filter((source) => source.groups.includes(group)).map((source) => source.id);
      this.members.set(group, ids);
    }
    return ids;
  }

  /** A group's why, from each member's decision, as checkGroup words it. */
  ofGroup(members: readonly Decision[], ids: readonly string[], zone: string): Why {
    let key = zone;
    for (const member of members) key += `\u0000${member.verdict}\u0000${member.rule?.rule.id ?? ''}\u0000${member.rule === null ? 0 : 1}`;
    let why = this.groups.get(key);
    if (why === undefined) {
      const first = members[0]!;
      const firstReason = reasonOf(first);
      const agree = members.every((member) => member.verdict === first.verdict && reasonOf(member) === firstReason);
      const sameRule = members.every((member) => member.rule?.rule.id === first.rule?.rule.id);
      const decided = agree && sameRule;
      why = {
        reason: agree ? firstReason : 'members-differ',
        rule: decided ? first.rule : null,
        disputed: decided && disputedBy(first.rule),
        members: agree ? [] : members.map((member, at) => ({ source: ids[at]!, verdict: member.verdict, reason: reasonOf(member), rule: member.rule?.rule.id ?? null })),
        zone,
      };
      if (this.groups.size >= 20_000) this.groups = new Map();
      this.groups.set(key, why);
    }
    return why;
  }
}

// Which of the rules in force at an instant decides (byPrecedence), when their order is not known
// as the record was known on a day (unorderedWith), and what a rule answers at an instant.
import type { CompiledRule } from './catalog.js';
import type { Reason, Verdict } from './verdict.js';

/**
 * Latest start first; on the same start the more specific selector first. Rules
 * still equal answer alike (load refuses ties that would not), and the rule id
 * makes the order total, so the rule shown never depends on file or rule order.
 */
export function byPrecedence(a: CompiledRule, b: CompiledRule): number {
  return b.start - a.start || b.specificity - a.specificity || unstatedLast(a, b) || (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0);
}

/**
 * As known on a day before a rule's start was stated, it starts at its first evidence's day
 * (known-on.ts); its own start is earlier. A rule starting at that very instant started later
 * than it, and decides: the id decided, and an allow won or lost by its name.
 */
function unstatedLast(a: CompiledRule, b: CompiledRule): number {
  return (a.startUnstated === true ? 1 : 0) - (b.startUnstated === true ? 1 : 0);
}

/**
 * Of the rule that decides by precedence and the others in force at the same instant, one that
 * answers otherwise and whose order with it is not known: the answer is unknown, and shows that
 * rule for its reason (imprecise-start). The record loaded holds none such (findTies and
 * findUnorderedStarts in rule-order-checks.ts refuse them); the record as known on a day may,
 * when a rule whose start was stated later starts, as known then, at its first evidence's day:
 * - inside the window of another's imprecise start (a deny reported in a window of mid-January,
 *   and an allow reported on 10 January "since December": as known on 25 January the allow starts
 *   on 10 January, and the deny may have started after it);
 * - on the day another such rule, for sources as specific, starts so too (an allow and a deny
 *   both first reported on 10 January, "since November" and "since December" reported in
 *   February: as known in January either may have started later). The rule shown is then the
 *   one precedence puts next, by id, as rules that tie are shown.
 */
export function unorderedWith(top: CompiledRule, rules: readonly CompiledRule[], at: number): CompiledRule | undefined {
  // Only a start moved later, to the day of the rule's first evidence, can fall inside a window that
  // its own start did not (a window that shrinks with its start holds nothing it did not hold), or
  // tie with another so moved (precedence puts a start stated on that day first).
  if (top.startUnstated !== true) return undefined;
  let found: CompiledRule | undefined;
  for (let index = 0; index < rules.length; index++) {
    const other = rules[index]!;
    if (other === top || !(other.start <= at && at < other.end) || !orderUnknown(top, other, at)) continue;
    // Rules in any order (a heap's): the one precedence puts first, as check() finds it in its sorted list.
    if (found === undefined || byPrecedence(other, found) < 0) found = other;
  }
  return found;
}

/** Whether the other rule in force, which precedence puts after the top one (its start not stated), may have started later and answers otherwise. */
function orderUnknown(top: CompiledRule, other: CompiledRule, at: number): boolean {
  // Both first reported on that day, neither start stated by then: which started later is not known.
  // A rule for fewer sources still decides on the same start; so do rules that would answer alike.
  if (other.start === top.start) return other.startUnstated === true && other.specificity === top.specificity && verdictAt(other, at) !== verdictAt(top, at);
  // The top rule started no earlier than the other: their order is known unless the other's window holds that start.
  return other.rule.effect !== top.rule.effect && other.certainFrom > top.start;
}

/** The verdict the rule in force (if any) gives at an instant, without decide()'s object. */
export function verdictAt(rule: CompiledRule | null, at: number): Verdict {
  return verdictFor(rule, reasonAt(rule, at));
}

export function decide(rule: CompiledRule | null, at: number): { verdict: Verdict; reason: Reason } {
  const reason = reasonAt(rule, at);
  return { verdict: verdictFor(rule, reason), reason };
}

/** Why the rule in force (if any) decides as it does at an instant: unknown before its start is certain, rolling out during its phase-in, else its effect. */
export function reasonAt(rule: CompiledRule | null, at: number): Reason {
  if (!rule) return 'no-rule';
  if (at < rule.certainFrom) return 'imprecise-start';
  if (rule.phaseInUntil !== undefined && at < rule.phaseInUntil) return 'phase-in';
  return 'in-force';
}

/** The verdict for that reason. */
function verdictFor(rule: CompiledRule | null, reason: Reason): Verdict {
  if (reason === 'phase-in') return 'rolling-out';
  if (reason === 'in-force') return rule!.rule.effect === 'allow' ? 'allowed' : 'denied';
  return 'unknown';
}

// One placement's verdicts over all time, swept once over its rules' boundaries (n log n in its
// rules, #18), and a group's from its members': the stretches the verdict index keeps.
import type { CompiledRule } from './catalog.js';
import { byPrecedence, unorderedWith } from './precedence.js';

// Each verdict coded by its place in VERDICTS (verdict.ts).
const ALLOWED = 0;
const DENIED = 1;
const ROLLING_OUT = 2;
const UNKNOWN = 3;

/**
 * A key's verdict is constant between two consecutive instants at which one of
 * its rules starts, becomes certain, ends its phase-in or ends. bounds holds
 * the first instant of each stretch after the first, which runs from the
 * beginning of time; codes and deciding hold each stretch's verdict and rule
 * (stretch i + 1 begins at bounds[i]).
 */
export interface Stretches {
  bounds: ArrayLike<number>;
  codes: ArrayLike<number>;
  deciding: (CompiledRule | null)[];
}

const EMPTY: Stretches = { bounds: [], codes: [UNKNOWN], deciding: [null] };


/**
 * One key's timeline in one sweep: at each instant where something changes,
 * the rules started by then enter a heap ordered by check()'s precedence, the
 * ended ones leave it as they reach its top, and the top decides as check()
 * would (decide() in precedence.ts): unknown before its start is certain, rolling
 * out during its phase-in, else its effect.
 */
export function sweep(rules: readonly CompiledRule[]): Stretches {
  if (rules.length === 0) return EMPTY;
  const instants: number[] = [];
  for (const rule of rules) {
    instants.push(rule.start, rule.certainFrom);
    if (rule.phaseInUntil !== undefined) instants.push(rule.phaseInUntil);
    if (Number.isFinite(rule.end)) instants.push(rule.end);
  }
  instants.sort((a, b) => a - b);
  const bounds: number[] = [];
  for (const instant of instants) if (bounds.length === 0 || bounds[bounds.length - 1] !== instant) bounds.push(instant);
  const byStart = [...rules].sort((a, b) => a.start - b.start);
  const unstated = rules.some((rule) => rule.startUnstated === true);
  const heap = new PrecedenceHeap();
  const codes = new Uint8Array(bounds.length + 1);
  const deciding: (CompiledRule | null)[] = new Array(bounds.length + 1);
  codes[0] = UNKNOWN;
  deciding[0] = null;
  let entered = 0;
  for (let i = 0; i < bounds.length; i++) {
    const at = bounds[i]!;
    while (entered < byStart.length && byStart[entered]!.start <= at) heap.push(byStart[entered++]!);
    while (heap.size > 0 && heap.top()!.end <= at) heap.pop();
    const top = heap.top();
    // Only a key with a start not yet stated can hold two rules whose order is not known (precedence.ts unorderedWith).
    const unordered = top !== undefined && unstated ? unorderedWith(top, heap.rules, at) : undefined;
    const rule = unordered ?? top;
    codes[i + 1] = rule === undefined || unordered !== undefined || at < rule.certainFrom ? UNKNOWN : rule.phaseInUntil !== undefined && at < rule.phaseInUntil ? ROLLING_OUT : rule.rule.effect === 'allow' ? ALLOWED : DENIED;
    deciding[i + 1] = rule ?? null;
  }
  return { bounds, codes, deciding };
}

/**
 * A group's timeline from its members', as checkGroup decides: the members'
 * verdict when they agree on it and its reason, else unknown; the rule when
 * they also agree on the rule, else none.
 */
export function groupTimeline(members: readonly Stretches[]): Stretches {
  const instants = new Set<number>();
  for (const { bounds } of members) for (let i = 0; i < bounds.length; i++) instants.add(bounds[i]!);
  const bounds = Float64Array.from(instants).sort();
  const codes = new Uint8Array(bounds.length + 1);
  const deciding: (CompiledRule | null)[] = new Array(bounds.length + 1);
  const at = new Int32Array(members.length);
  for (let i = 0; i <= bounds.length; i++) {
    if (i > 0) {
      for (let m = 0; m < members.length; m++) while (at[m]! < members[m]!.bounds.length && members[m]!.bounds[at[m]!]! <= bounds[i - 1]!) at[m]!++;
    }
    const first = members[0]!;
    const code = first.codes[at[0]!]!;
    const rule = first.deciding[at[0]!]!;
    let agree = true;
    let sameRule = true;
    for (let m = 1; m < members.length; m++) {
      const other = members[m]!.deciding[at[m]!]!;
      // The reason follows from the verdict but for unknown, where a rule means an imprecise start.
      if (members[m]!.codes[at[m]!] !== code || (other === null) !== (rule === null)) agree = false;
      if (other?.rule.id !== rule?.rule.id) sameRule = false;
    }
    codes[i] = agree ? code : UNKNOWN;
    deciding[i] = agree && sameRule ? rule : null;
  }
  return { bounds, codes, deciding };
}

/** The rules in force, the one check() would choose on top. */
class PrecedenceHeap {
  private readonly items: CompiledRule[] = [];

  get size(): number {
    return this.items.length;
  }

  top(): CompiledRule | undefined {
    return this.items[0];
  }

  /** The rules in the heap, in no order: some may have ended, not yet reaching its top. */
  get rules(): readonly CompiledRule[] {
    return this.items;
  }

  push(rule: CompiledRule): void {
    const items = this.items;
    let i = items.length;
    items.push(rule);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (byPrecedence(items[parent]!, rule) <= 0) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = rule;
  }

  pop(): void {
    const items = this.items;
    const last = items.pop()!;
    if (items.length === 0) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child = right < items.length && byPrecedence(items[right]!, items[left]!) < 0 ? right : left;
      if (byPrecedence(last, items[child]!) <= 0) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = last;
  }
}

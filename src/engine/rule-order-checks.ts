// Checks across the rules' periods, which a schema cannot see: two rules that tie (the same
// platform, start and specificity for a placement, answering differently) and two whose order an
// imprecise start leaves unknown. Both work from the rules' starts sorted once.
import type { CompiledRule } from './catalog.js';
import { countAtOrBefore, countBefore } from '../model/sorted.js';
import { problem } from '../errors/problems.js';
import type { Problem } from '../errors/problems.js';

/**
 * The rules' starts in order, for findTies and findUnorderedStarts: a Map counting each of 100,000
 * starts cost more than the sort (#18). Filled by a loop: Float64Array.from with a mapping function
 * took as long as the sort.
 */
export function sortedStarts(rules: readonly CompiledRule[]): Float64Array {
  const starts = new Float64Array(rules.length);
  for (let index = 0; index < rules.length; index++) starts[index] = rules[index]!.start;
  return starts.sort();
}

/**
 * Two rules tie when they have the same platform, start and selector specificity and
 * share a source and a surface: precedence cannot choose between them. A tie is an
 * error when the two would answer differently: one allows and one denies, or one
 * has a phase-in or an imprecise start that the other lacks (or a different one).
 * Grouped by a key in one pass, so the work grows with the rules, not their pairs.
 */
export function findTies(rules: CompiledRule[], starts: Float64Array, problems: Problem[]): void {
  // Only rules that share a start can tie: the others need no key (#18). Rules are taken in their
  // order, so the problems come in the order a pass over all of them gives. In the sorted starts
  // a start shared by two rules sits next to its equal.
  const shared = new Set<number>();
  for (let index = 1; index < starts.length; index++) if (starts[index] === starts[index - 1]) shared.add(starts[index]!);
  if (shared.size === 0) return;
  const first = new Map<string, CompiledRule>();
  const reported = new Set<string>();
  // Indexed: for…of made an object a step, for each of 10,000 user rules (#18).
  for (let index = 0; index < rules.length; index++) {
    const b = rules[index]!;
    if (!shared.has(b.start)) continue;
    eachPlacement(b, (surface, source) => {
      const key = `${b.rule.platform} ${b.start} ${b.specificity} ${surface} ${source}`;
      const a = first.get(key);
      if (!a) {
        first.set(key, b);
        return;
      }
      const differs = answerDifference(a, b);
      const pair = `${a.rule.id}\u0000${b.rule.id}`;
      if (!differs || reported.has(pair)) return;
      reported.add(pair);
      problems.push(tie(a, b, source === UNKNOWN ? '' : source, surface, differs));
    });
  }
}

/** Each surface and source a rule answers for: a source id, or UNKNOWN for the links of no recognised source. */
function eachPlacement(rule: CompiledRule, visit: (surface: string, source: string) => void): void {
  for (const surface of rule.rule.surfaces) {
    for (const source of rule.covers) visit(surface, source);
    if (rule.coversUnknown) visit(surface, UNKNOWN);
  }
}

/**
 * Two rules for the same placement whose order is not known: one starts inside the window in
 * which the other started (its imprecise start, [from.earliest, from.latest)), or their windows
 * overlap. The later-starting rule decides, and which one that is cannot be told; when they
 * answer differently, a query in either's period would pick one as if it knew (a deny known to
 * start from some day in May, and an allow from 1 June). Refused as a tie is; only rules with an
 * imprecise start are compared, and only when one's window holds another rule's start.
 */
export function findUnorderedStarts(rules: CompiledRule[], starts: Float64Array, problems: Problem[]): void {
  const imprecise = rules.filter((rule) => rule.certainFrom > rule.start);
  if (imprecise.length === 0 || !mayBeUnordered(rules, starts, imprecise)) return;
  // Only the platforms of rules with an imprecise start are indexed: 100,000 rules of others cost a test each.
  const platforms = new Set(imprecise.map((rule) => rule.rule.platform));
  const byPlacement = new Map<string, CompiledRule[]>();
  for (const rule of rules) {
    if (!platforms.has(rule.rule.platform)) continue;
    eachPlacement(rule, (surface, source) => {
      const key = `${rule.rule.platform} ${surface} ${source}`;
      const list = byPlacement.get(key);
      if (list === undefined) byPlacement.set(key, [rule]);
      else list.push(rule);
    });
  }
  const reported = new Set<string>();
  // Reported at the later of the two in the order the rules are defined, made when a pair is first found.
  let ordinal: Map<CompiledRule, number> | undefined;
  for (const a of imprecise) {
    eachPlacement(a, (surface, source) => {
      for (const b of byPlacement.get(`${a.rule.platform} ${surface} ${source}`)!) {
        if (b === a || b.rule.effect === a.rule.effect || b.start === a.start) continue;
        // Not known to be in order: neither certainly started before the other did, and their periods meet.
        const ordered = a.certainFrom <= b.start || b.certainFrom <= a.start;
        if (ordered || a.end <= b.start || b.end <= a.start) continue;
        ordinal ??= new Map(rules.map((rule, index) => [rule, index]));
        const [first, second] = ordinal.get(a)! <= ordinal.get(b)! ? [a, b] : [b, a];
        const pair = `${first.rule.id}\u0000${second.rule.id}`;
        if (reported.has(pair)) continue;
        reported.add(pair);
        problems.push(problem('conflicting-rules.imprecise-order', { rule: second.rule.id, other: first.rule.id, source: source === UNKNOWN ? '' : source, surface }, second.file, `rules[${second.index}]`));
      }
    });
  }
}

/**
 * Whether two of the rules may be out of order, as findUnorderedStarts tells them; false only when
 * none are. Of two such rules the earlier-starting one has an imprecise start whose window holds
 * the other's start: the rules starting inside a window are found by binary search in the sorted
 * starts, and each pair is tested as findUnorderedStarts tests it. Indexing every placement of
 * 10,000 user rules with imprecise starts took 40 ms, mostly in code not yet optimised (#18).
 * When the windows hold more starts than there are rules, the index costs less: true.
 */
function mayBeUnordered(rules: readonly CompiledRule[], starts: Float64Array, imprecise: readonly CompiledRule[]): boolean {
  const inside = new Set<number>();
  let held = 0;
  for (const rule of imprecise) {
    const last = countBefore(starts, rule.certainFrom);
    for (let at = countAtOrBefore(starts, rule.start); at < last; at++, held++) inside.add(starts[at]!);
    if (held > rules.length) return true;
  }
  if (inside.size === 0) return false;
  const within = rules.filter((rule) => inside.has(rule.start)).sort((a, b) => a.start - b.start);
  const withinStarts = sortedStarts(within);
  for (const a of imprecise) {
    const last = countBefore(withinStarts, a.certainFrom);
    for (let at = countAtOrBefore(withinStarts, a.start); at < last; at++) {
      // b starts after a: their periods meet unless a has ended by then.
      const b = within[at]!;
      if (a.rule.platform === b.rule.platform && a.rule.effect !== b.rule.effect && a.end > b.start && sharePlacement(a, b)) return true;
    }
  }
  return false;
}

/** Whether two rules answer for one surface and source (eachPlacement) in common. */
function sharePlacement(a: CompiledRule, b: CompiledRule): boolean {
  if (!a.rule.surfaces.some((surface) => b.rule.surfaces.includes(surface))) return false;
  if (a.coversUnknown && b.coversUnknown) return true;
  for (const source of a.covers) if (b.covers.has(source)) return true;
  return false;
}

/** Not a source id (ids are lower-case letters, digits and hyphens). */
const UNKNOWN = ' unknown';

type Difference = 'effect' | 'imprecise-start' | 'phase-in';

function answerDifference(a: CompiledRule, b: CompiledRule): Difference | undefined {
  if (a.rule.effect !== b.rule.effect) return 'effect';
  if (a.certainFrom !== b.certainFrom) return 'imprecise-start';
  if (a.phaseInUntil !== b.phaseInUntil) return 'phase-in';
  return undefined;
}

/** source: '' for the links whose source is not recognised. */
function tie(a: CompiledRule, b: CompiledRule, source: string, surface: string, differs: Difference): Problem {
  const path = `rules[${b.index}]`;
  if (differs === 'effect') {
    return problem('conflicting-rules', { rule: b.rule.id, effect: b.rule.effect, other: a.rule.id, otherEffect: a.rule.effect, source, surface }, b.file, path);
  }
  return problem(`conflicting-rules.${differs}`, { rule: b.rule.id, other: a.rule.id, source, surface }, b.file, path);
}

// Where an answer can change: the instants at which a rule starts, becomes
// certain, ends its phase-in or ends. Between two of them every answer holds.
import type { CompiledRule } from '../engine/catalog.js';

/** The finite boundaries of the rules, sorted, each once. */
export function boundariesOf(rules: readonly CompiledRule[]): number[] {
  // Gathered, sorted and made unique in one array: no set, iterator or array per rule, for a
  // timeline asks this of every track at start-up (#18).
  const instants: number[] = [];
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index]!;
    addFinite(instants, rule.start);
    addFinite(instants, rule.certainFrom);
    addFinite(instants, rule.phaseInUntil);
    addFinite(instants, rule.end);
  }
  sortSmall(instants);
  let kept = 0;
  for (let index = 0; index < instants.length; index++) {
    if (kept === 0 || instants[index] !== instants[kept - 1]) instants[kept++] = instants[index]!;
  }
  instants.length = kept;
  return instants;
}

function addFinite(instants: number[], instant: number | undefined): void {
  if (instant !== undefined && Number.isFinite(instant)) instants.push(instant);
}

/** Numbers in ascending order: by insertion when there are few (a placement's rules give a handful, and sort() copies), else by sort(). */
function sortSmall(numbers: number[]): void {
  if (numbers.length > 32) {
    numbers.sort((a, b) => a - b);
    return;
  }
  for (let index = 1; index < numbers.length; index++) {
    const value = numbers[index]!;
    let at = index;
    while (at > 0 && numbers[at - 1]! > value) {
      numbers[at] = numbers[at - 1]!;
      at--;
    }
    numbers[at] = value;
  }
}

// The verdicts and the reasons for them: the engine's answer in a word, shared by every layer above it.

export type Verdict = 'allowed' | 'denied' | 'rolling-out' | 'unknown';

/** Every verdict, in this order: the verdict index codes them by their place in it. */
export const VERDICTS: readonly Verdict[] = ['allowed', 'denied', 'rolling-out', 'unknown'];

/**
 * Why the verdict is what it is:
 * - in-force: the deciding rule is certainly in force;
 * - phase-in: the deciding rule is rolling out;
 * - imprecise-start: the deciding rule began somewhere in a window the record cannot narrow;
 * - no-rule: nothing on record covers the query;
 * - members-differ: a group query whose member sources get different answers.
 */
export type Reason = 'in-force' | 'phase-in' | 'imprecise-start' | 'no-rule' | 'members-differ';

// A property's time limit: its own in a test run; none when `npm run fuzz` runs it FUZZ_RUNS times,
// which on a two-core machine takes minutes for the properties that load or compile rule sets.
export const fuzzTimeout = (ms: number): number => (process.env.FUZZ_RUNS === undefined ? ms : 0);

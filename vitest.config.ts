import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Worker threads, each running its test files one after another in one module graph: src is
    // loaded and transformed once per worker, not once per file (#15). No test file changes
    // process.env, the working directory, process.exitCode or a module's state that another relies on.
    pool: 'threads',
    isolate: false,
    // One worker per core: vitest's default leaves one core to itself, which on a two-core machine
    // ran every file one after another. The main process mostly waits.
    maxWorkers: '100%',
    // Each file must leave the environment, the working directory and process.exitCode as it found them.
    setupFiles: ['test/setup/no-leaks.ts'],
    // Several cases spawn the binary or run whole-record grids; on a busy two-core machine
    // five seconds is too close. `npm run fuzz` (FUZZ_RUNS) runs the properties many times over,
    // for minutes: no time limit then (test/helpers/fuzz.ts for the cases that set their own).
    testTimeout: process.env.FUZZ_RUNS === undefined ? 20_000 : 0,
    hookTimeout: 30_000,
    // Keep the user's own settings out of the tests.
    env: { LINKCHECK_PLATFORM: '', LINKCHECK_RULES: '', LINKCHECK_FAIL_ON: '', LINKCHECK_MAX_STALENESS: '', COLUMNS: '', NO_COLOR: '', FORCE_COLOR: '', LC_ALL: '', LC_MESSAGES: '', LANG: '' },
  },
});

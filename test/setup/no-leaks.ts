// Test files share a worker, one after another (vitest.config.ts: isolate: false): none
// may leave the process other than it found it.
import { afterAll, expect } from 'vitest';

const cwd = process.cwd();
const env = { ...process.env };

afterAll(() => {
  expect(process.exitCode, 'process.exitCode').toBeUndefined();
  expect(process.cwd(), 'the working directory').toBe(cwd);
  expect(process.env, 'the environment').toEqual(env);
});

// Temporary folders for tests, each removed when what made it ends, so that runs of the suite
// leave nothing behind in the system's temporary folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

/**
 * A new folder in the system's temporary folder, its name starting with `prefix`. Made inside a
 * test, it is removed when the test ends; made while a file's tests are gathered (at the top of
 * the file or in a describe block), once they have all run.
 */
export function tempFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  try {
    // Throws outside a test's body.
    onTestFinished(remove);
  } catch {
    afterAll(remove);
  }
  return folder;
}

// The batch's bounds as a user meets them, by the real binary: special files are
// refused, a reader that goes away stops the run quietly, a report file that
// cannot be written is exit 74 with one line, bombs and deep lines are one error.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';
import { headerRow, workbook } from '../helpers/xlsx.js';

const folder = mkdtempSync(join(tmpdir(), 'linkcheck-bounds-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const CLI = join(ROOT, 'bin', 'linkcheck.js');
const env = { PATH: process.env.PATH ?? '', NO_COLOR: '1' };

function run(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, 'batch', ...args], { cwd: folder, encoding: 'utf8', env, maxBuffer: 1 << 26 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('bounds', () => {
  it.each([
    [['/dev/zero', '--format', 'csv'], 2, 'linkcheck: cannot read the plan "/dev/zero": not a regular file (a device, a pipe or a socket); give a file, or - to read standard input\n'],
    [[folder, '--format', 'csv'], 2, `linkcheck: cannot read the plan "${folder}": a folder\n`],
  ])('batch %j exits %i with one line', (args, code, stderr) => {
    expect(run(args)).toEqual({ code, stdout: '', stderr });
  });

  // As root every file can be read: the refusal of a file the user may not read is seen only as another user.
  it.runIf(process.getuid?.() !== 0)('a plan the user may not read: one line, exit 2, not an internal error', () => {
    for (const name of ['secret.csv', 'secret.xlsx']) {
      writeFileSync(join(folder, name), 'source,surface,date\njd,short-video-cart,2022-06-01\n', { mode: 0o000 });
      expect(run([name])).toEqual({ code: 2, stdout: '', stderr: `linkcheck: cannot read the plan "${name}": permission denied\n` });
    }
  });

  it('a plan whose path cannot be followed (a loop of links): one line, exit 2', () => {
    symlinkSync('loop.csv', join(folder, 'loop.csv'));
    expect(run(['loop.csv'])).toEqual({ code: 2, stdout: '', stderr: 'linkcheck: cannot read the plan "loop.csv": unreadable (ELOOP)\n' });
  });

  it('a report file that cannot be written: exit 74 and one line naming it', () => {
    writeFileSync(join(folder, 'plan.csv'), 'source,surface,date\njd,short-video-cart,2022-06-01\n');
    const result = run(['plan.csv', '--junit', '/dev/full']);
    expect([result.code, result.stderr]).toEqual([74, 'linkcheck: cannot write to the report "/dev/full": no space left on the device\n']);
  });

  it('a line nested 5,000 deep and a workbook bomb: one error row, one error line', () => {
    writeFileSync(join(folder, 'deep.jsonl'), `{"source":${'['.repeat(5000)}${']'.repeat(5000)}}\n{"source":"jd","surface":"short-video-cart","date":"2022-06-01"}\n`);
    const deep = run(['deep.jsonl', '--ndjson']);
    expect(deep.code).toBe(2);
    expect(deep.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { line: number; error?: string; verdict?: string }).map((row) => [row.line, row.error ?? row.verdict])).toEqual([
      [1, 'not read: nested more than 64 levels deep; each line holds one object of strings, numbers or null'],
      [2, 'allowed'],
    ]);
    writeFileSync(join(folder, 'bomb.xlsx'), workbook({ sheets: [{ name: 'Plan', rows: headerRow() }], claims: { 'xl/worksheets/sheet1.xml': 0xf0000000 } }));
    expect(run(['bomb.xlsx'])).toEqual({ code: 2, stdout: '', stderr: 'linkcheck: bomb.xlsx is too large to read: its part xl/worksheets/sheet1.xml unpacks to more than 2 GiB; save the plan as CSV, or split it\n' });
  });

  it('--ndjson into a reader that takes one line and goes: it stops quietly', async () => {
    const lines = Array.from({ length: 200_000 }, (_, n) => `jd,${n % 2 ? 'live-cart' : 'short-video-cart'},2022-06-01,c${n}`);
    writeFileSync(join(folder, 'many.csv'), `source,surface,date,campaign\n${lines.join('\n')}\n`);
    const child = spawn(process.execPath, [CLI, 'batch', 'many.csv', '--ndjson'], { cwd: folder, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().split('\n')[0]!)));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(JSON.parse(first)).toMatchObject({ line: 2, verdict: 'allowed' });
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
  }, 60_000);
});

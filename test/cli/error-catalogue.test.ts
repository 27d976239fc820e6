// README's "Errors" is the catalogue of every message: each entry's example is
// run, and what it prints must match the entry's wording, code and exit code.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/i18n/en-errors.js';
import { ROOT } from '../helpers/catalog.js';
import { docPage } from '../helpers/docs.js';
import { runMain } from './run-main.js';

interface Entry {
  code: string;
  exits: number[];
  message: string;
  example: string | null;
}

function catalogue(): Entry[] {
  const readme = docPage('docs/errors.md');
  const start = readme.indexOf('<!-- errors:');
  const rows = readme.slice(start).split('\n').slice(1);
  const table = rows.slice(2, rows.findIndex((line) => line.trim() === ''));
  return table.map((row) => {
    const [code, exit, message, example] = row.replace(/^\| | \|$/gu, '').split(' | ');
    // A | inside a cell is written \| in the table.
    const unquote = (cell: string) => cell.replace(/^`|`$/gu, '').replace(/\\\|/gu, '|');
    return {
      code: unquote(code!),
      exits: [...exit!.matchAll(/\d+/gu)].map((match) => Number(match[0])),
      message: unquote(message!.replace(/` and the stack trace$/u, '`')),
      example: example === '—' ? null : unquote(example!),
    };
  });
}

/** `…` is any value, `{…}` a part that may be missing. */
function pattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/gu, '\\$&').replace(/…/gu, '.+?').replace(/\{/gu, '(?:').replace(/\}/gu, ')?');
  return new RegExp(`^${escaped}$`, 'u');
}

/** The example's arguments, as a shell would split them; <70000 x> is that many x. */
function words(example: string): string[] {
  const out: string[] = [];
  for (const match of example.replace(/^linkcheck /u, '').matchAll(/"([^"]*)"|<(\d+) (\w)>|(\S+)/gu)) {
    out.push(match[1] ?? (match[2] ? match[3]!.repeat(Number(match[2])) : match[4]!));
  }
  return out;
}

const entries = catalogue();

describe('the error catalogue in README', () => {
  it('lists every message id, and only those', () => {
    expect(new Set(entries.map((entry) => entry.code))).toEqual(new Set(Object.keys(MESSAGES)));
    expect(entries.length).toBeGreaterThan(30);
  });

  it.each(entries.filter((entry) => entry.example !== null && !entry.example.endsWith('> /dev/full')).map((entry) => [entry.example, entry] as const))(
    '%s prints its entry',
    async (_, entry) => {
      const argv = words(entry.example!);
      const run = await runMain(argv);
      expect(entry.exits).toContain(run.code);
      const line = run.stderr.replace(/^linkcheck: /u, '').replace(/\n$/u, '');
      expect(run.stderr.endsWith('\n') && !line.includes('\n')).toBe(true);
      expect(line).toMatch(pattern(entry.message));
      if (run.code === 2) {
        const json = await runMain(['--json', ...argv]);
        const { error } = JSON.parse(json.stdout);
        expect(error).toEqual({ code: entry.code, message: expect.stringMatching(pattern(entry.message)), exitCode: 2 });
        expect(json.stderr).toBe(`linkcheck: ${error.message}\n`);
      }
    },
  );

  it.each(entries.filter((entry) => entry.example?.endsWith('> /dev/full')).map((entry) => [entry.example, entry] as const))('%s prints its entry', (_, entry) => {
    const full = openSync('/dev/full', 'w');
    try {
      const argv = words(entry.example!.replace(/ > \/dev\/full$/u, ''));
      const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'linkcheck.js'), ...argv], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', full, 'pipe'] });
      expect(entry.exits).toContain(run.status);
      expect(run.stderr.replace(/^linkcheck: /u, '').replace(/\n$/u, '')).toMatch(pattern(entry.message));
    } finally {
      closeSync(full);
    }
  });
});

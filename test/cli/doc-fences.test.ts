// The fenced examples of docs/ that are not console sessions: the rule-file format (jsonc) is a
// rule file the published schema accepts, the JSON "link" object is what --json prints, and the
// shell lines of the views run. (Examples marked <!-- example: … --> run in their own tests:
// library.ts, placements.yml, my-rules.json and its commands, linkcheck.config.json.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';
import { fences } from '../helpers/docs.js';
import { shellWords } from '../helpers/readme-examples.js';
import { runMain } from './run-main.js';

/** JSON with // comments: the comments dropped, strings (and the // in their addresses) kept. */
function withoutComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (inString) {
      out += char;
      if (char === '\\') out += text[++i];
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
      out += char;
    } else if (char === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else out += char;
  }
  return out;
}

const work = mkdtempSync(join(tmpdir(), 'linkcheck-doc-fences-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('docs/: the other fenced examples', () => {
  it('the rule-file format is a rule file the schema accepts (its "…" values aside)', () => {
    const [format] = fences().filter((fence) => fence.lang === 'jsonc');
    expect(format?.page).toBe('docs/rules-and-evidence.md');
    const file: unknown = JSON.parse(withoutComments(format!.body));
    // Formats are left out: "https://…" stands for an address.
    const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(JSON.parse(readFileSync(join(ROOT, 'schema', 'rule-file.schema.json'), 'utf8')));
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the "link" object of Links as input is what --json prints for its link', async () => {
    const [shown] = fences().filter((fence) => fence.page === 'docs/links.md' && fence.lang === 'json');
    const link = JSON.parse(`{${shown!.body}}`).link as { input: string };
    const answer = JSON.parse((await runMain([link.input, 'live-cart', '2022-06-01', '--json'])).stdout);
    expect(answer.link).toMatchObject(link);
  });

  const lines = fences()
    .filter((fence) => fence.page === 'docs/views.md' && fence.lang === 'sh')
    .flatMap((fence) => fence.body.split('\n').filter((line) => line.trim() !== ''));

  it('the views have shell lines', () => {
    expect(lines.length).toBeGreaterThanOrEqual(5);
  });

  it.each(lines)('%s', (line) => {
    // The linkcheck command of the line (inside <( ) or before a redirection), run in a folder of its own.
    const command = /linkcheck [^)>#]*/u.exec(line)![0].trim();
    const words = shellWords(command).slice(1);
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'linkcheck.js'), ...words], { cwd: work, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    const svg = words.indexOf('--svg');
    if (svg >= 0) {
      expect([run.status, run.stderr]).toEqual([0, `linkcheck: wrote the chart to ${words[svg + 1]}\n`]);
      expect(readFileSync(join(work, words[svg + 1]!), 'utf8')).toMatch(/^<\?xml [^\n]*\n<svg /u);
    } else {
      expect([run.status, run.stderr]).toEqual([0, '']);
      expect(run.stdout).toMatch(/linkcheck/u);
    }
    if (words[0] === 'completion' && words[1] === 'bash') expect(spawnSync('bash', ['-n'], { input: run.stdout }).status).toBe(0);
  });
});

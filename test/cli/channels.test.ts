// Every output channel fed the same hostile text, through every way in: plan cells,
// the plan's file name, a rule file's strings and arguments. Whatever the command and
// the format, nothing reaches stdout, stderr or a report file that a terminal would
// act on or hide, and no line of it is a CI workflow command made from data (#14).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { hostileRuleFile } from '../helpers/hostile-rules.js';
import { runMain, type MainRun } from './run-main.js';
import { tempFolder } from '../helpers/temp.js';

/** One of each: terminal sequences, C1 (CSI as one character), DEL, bidi overrides and isolates, zero-width and BOM, line and paragraph separators, line breaks that would start a workflow command, HTML and CDATA ends. */
const H = '\x1b[2J\x1b]0;pwned\x07\u009b31m\x7f\u202eRTL\u2066iso\u2069\u200bzw\u200d\ufeff\u2028ls\u2029ps\n::error title=Injected::pwned\r\n##[error]old\n  ::warning::indented<script>alert(1)</script>]]>';

/** Any character a terminal could act on or hide: C0 but the line break, DEL, C1, format characters (bidi, zero-width), separators, lone surrogates, Hangul fillers. */
const RAW = /[\x00-\x09\x0b-\x1f\x7f-\x9f\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115F\u1160\u3164\uFFA0]/u;

/** How the GitHub Actions runner reads a line (actions/runner ActionCommand.cs): "::" after leading white space, or "##[" anywhere. */
function workflowCommands(text: string): string[] {
  return text.split('\n').filter((line) => /^\s*::/u.test(line) || line.includes('##['));
}

/** Our own annotations: a level, the plan's file, a line number and a fixed title; the file name percent-encoded, the message on one line. */
const ANNOTATION = /^::(?:error|warning) (?:file=[^,:\n]*,)?line=\d+,title=linkcheck%3A (?:denied|error|rolling-out|unknown)::[^\n]*$/u;

function expectClean(text: string, { annotations = false } = {}): void {
  expect(text).not.toMatch(RAW);
  for (const line of workflowCommands(text)) {
    if (annotations) expect(line).toMatch(ANNOTATION);
    else expect.fail(`a workflow command from data: ${JSON.stringify(line)}`);
  }
}

const folder = tempFolder('linkcheck-channels-');
const evil = (text: string) => `${text}${H}`;
/** The same set, short enough for a name or an alias (64 characters at most). */
const SHORT = '\x1b[2J\u009b\x7f\u202e\u2066\u200b\u2028\n::error::x\r\n##[error]<script>]]>';
const evilName = (text: string) => `${text}${SHORT}`;
/** The set without its colons (once read as another scheme's links), as a share text that is answered holds it; a text of H ends in an ftp:// link (OTHER) to be refused. */
const OTHER = ' ftp://evil.example/';
const SHARED = '\x1b[2J\x1b]0;pwned\x07\u009b31m\x7f\u202eRTL\u2066iso\u2069\u200bzw\u2028ls\u2029ps\n##[error]old<script>]]>';

const rules = join(folder, 'hostile-rules.json');
writeFileSync(
  rules,
  JSON.stringify(
    hostileRuleFile({ text: evil, name: evilName }, [
      {
        id: 'evil-closed',
        platform: 'evil-live',
        effect: 'deny',
        sources: { ids: ['evil-store'] },
        surfaces: ['cart'],
        from: '2025-01-01',
        status: 'announced',
        summary: evil('Evil store closes.'),
        evidence: [{ url: 'https://evil.example/closing', published: '2024-12-20', title: evil('Closing'), publisher: evil('Publisher'), quote: evil('Evil store links may no longer be placed.') }],
      },
    ]),
  ),
);

const cell = (text: string) => `"${text.replace(/"/g, '""')}"`;
const planRows = [
  'source,surface,date,platform,note',
  [cell(evil('evil-store')), 'cart', '2024-06-01', 'evil-live', cell(H)].join(','),
  ['evil-store', cell(evil('cart')), '2024-06-01', 'evil-live', ''].join(','),
  ['evil-store', 'cart', cell(evil('2024-06-01')), 'evil-live', ''].join(','),
  ['evil-store', 'cart', '2025-06-01', cell(evil('evil-live')), ''].join(','),
  [cell(`看看 https://shop.evil-store.example/x ${H}${OTHER}`), 'cart', '2025-06-01', 'evil-live', cell(H)].join(','),
  [cell(`${SHARED} 看看 https://shop.evil-store.example/y`), 'cart', '2024-06-01', 'evil-live', cell(H)].join(','),
  [cell(`看看 https://shop.evil-store.example/y ${SHARED}`), 'cart', '2025-06-01', 'evil-live', cell(H)].join(','),
  ['evil-store', 'cart', '2025-06-01', 'evil-live', cell(H)].join(','),
];
/** The file name itself: a line break and a workflow command, ESC, bidi and zero-width characters, HTML. */
const planName = `plan\n::error title=Injected::pwned\x1b[2J\u202e\u200b<script>]]>##[error]x.csv`;
const plan = join(folder, planName);
writeFileSync(plan, `${planRows.join('\r\n')}\r\n`);
const jsonl = join(folder, `${planName}.jsonl`);
writeFileSync(jsonl, `${JSON.stringify({ source: evil('evil-store'), surface: 'cart', date: '2024-06-01', platform: 'evil-live' })}\n${JSON.stringify({ source: `https://shop.evil-store.example/${H}`, surface: 'cart', date: '2025-06-01', platform: 'evil-live', [H]: H })}\n`);

const R = ['--rules', rules];

describe('every channel, the same hostile text', () => {
  // [name, argv, exit code, stdout is JSON]; a batch with error rows exits 2.
  const cases: Array<[string, string[], number, 'json' | 'text']> = [
    ['check', [...R, '-p', 'evil-live', 'evil-store', 'cart', '2024-06-01'], 0, 'text'],
    ['check --json', [...R, '-p', 'evil-live', 'evil-store', 'cart', '2024-06-01', '--json'], 0, 'json'],
    ['check a share text', [...R, '-p', 'evil-live', `${SHARED} 看看 https://shop.evil-store.example/x ${SHARED}`, 'cart', '2025-06-01'], 1, 'text'],
    ['check a share text --json', [...R, '-p', 'evil-live', `看看 https://shop.evil-store.example/x ${SHARED}`, 'cart', '2025-06-01', '--json'], 1, 'json'],
    ['check: a share text holding another scheme', [...R, '-p', 'evil-live', `看看 https://shop.evil-store.example/x ${H}${OTHER}`, 'cart', '2025-06-01'], 2, 'text'],
    ['check: a hostile source argument', [...R, '-p', 'evil-live', evil('evil-store'), 'cart'], 2, 'text'],
    ['check: a hostile surface argument', [...R, '-p', 'evil-live', 'evil-store', evil('cart')], 2, 'text'],
    ['check: a hostile date argument, --json', [...R, '-p', 'evil-live', 'evil-store', 'cart', evil('2024'), '--json'], 2, 'json'],
    ['check: a hostile platform argument', [...R, '-p', evil('evil-live'), 'evil-store', 'cart'], 2, 'text'],
    ['classify', [...R, 'classify', `https://shop.evil-store.example/${SHARED}`, evilName('store'), `看看 ${SHARED} https://shop.evil-store.example/x`], 0, 'text'],
    ['classify --json', [...R, 'classify', `https://shop.evil-store.example/${SHARED}`, evilName('store'), '--json'], 0, 'json'],
    ['classify: hostile inputs', [...R, 'classify', `https://shop.evil-store.example/${H}`, evil('evil-store')], 2, 'text'],
    ['rules list', [...R, 'rules', 'list'], 0, 'text'],
    ['rules list --json', [...R, 'rules', 'list', '--json'], 0, 'json'],
    ['rules show', [...R, 'rules', 'show', 'evil-open'], 0, 'text'],
    ['rules show --json', [...R, 'rules', 'show', 'evil-closed', '--json'], 0, 'json'],
    ['rules show: a hostile id', [...R, 'rules', 'show', evil('evil-open')], 2, 'text'],
    ['rules lint', ['rules', 'lint', rules], 0, 'text'],
    ['rules lint --json', ['rules', 'lint', rules, '--json'], 0, 'json'],
    ['platforms', [...R, 'platforms'], 0, 'text'],
    ['platforms --json', [...R, 'platforms', '--json'], 0, 'json'],
    ['sources', [...R, 'sources'], 0, 'text'],
    ['sources --json', [...R, 'sources', '--json'], 0, 'json'],
    ['surfaces', [...R, 'surfaces', '-p', 'evil-live'], 0, 'text'],
    ['surfaces --json', [...R, 'surfaces', '--json'], 0, 'json'],
    ['surfaces: a hostile platform', [...R, 'surfaces', '-p', evil('evil')], 2, 'text'],
    ['check by a hostile alias', [...R, '-p', evilName('evil'), evilName('store'), evilName('cart alias'), '2024-06-01'], 0, 'text'],
    ['matrix', [...R, 'matrix', '-p', 'evil-live', '2024-06-01'], 0, 'text'],
    ['matrix --json', [...R, 'matrix', '-p', 'evil-live', '2024-06-01', '--json'], 0, 'json'],
    ['matrix: a hostile date', [...R, 'matrix', '-p', 'evil-live', evil('2024-06-01')], 2, 'text'],
    ['timeline --evidence', [...R, 'timeline', 'evil-store', '-p', 'evil-live', '--from', '2023-06-01', '--to', '2025-06-01', '--evidence'], 0, 'text'],
    ['timeline --json', [...R, 'timeline', 'evil-store', '-p', 'evil-live', '--json'], 0, 'json'],
    ['timeline: a hostile source', [...R, 'timeline', evil('evil-store'), '-p', 'evil-live'], 2, 'text'],
    ['timeline --svg -', [...R, 'timeline', '-p', 'evil-live', '--from', '2023-06-01', '--to', '2025-06-01', '--svg', '-'], 0, 'text'],
    ['diff', [...R, 'diff', '-p', 'evil-live', '2024-06-01', '2025-06-01'], 1, 'text'],
    ['diff --json', [...R, 'diff', '-p', 'evil-live', '2024-06-01', '2025-06-01', '--json'], 1, 'json'],
    ['diff: hostile dates', [...R, 'diff', evil('2024-06-01'), '2025-06-01'], 2, 'text'],
    ['batch', [...R, 'batch', plan], 2, 'text'],
    ['batch --json', [...R, 'batch', plan, '--json'], 2, 'json'],
    ['batch --ndjson', [...R, 'batch', plan, '--ndjson'], 2, 'json'],
    ['batch a JSON Lines plan --ndjson', [...R, 'batch', jsonl, '--ndjson'], 2, 'json'],
    ['batch a JSON Lines plan', [...R, 'batch', jsonl], 2, 'text'],
    ['batch: a hostile --sheet', [...R, 'batch', plan, '--sheet', evil('x'), '--format', 'xlsx'], 2, 'text'],
    ['batch: a hostile missing file', [...R, 'batch', join(folder, evil('missing.csv'))], 2, 'text'],
    ['an unknown option', [`--x${H}`], 2, 'text'],
    ['an unknown command', ['rules', evil('lint')], 2, 'text'],
    ['a missing rule file', ['--rules', join(folder, evil('none.json')), 'taobao', 'live-cart'], 2, 'text'],
  ];

  it.each(cases)('%s', async (_, argv, code, stdout) => {
    const run = await runMain(argv);
    expect({ code: run.code, stderr: run.code === code ? '' : run.stderr }).toEqual({ code, stderr: '' });
    expectClean(run.stdout);
    expectClean(run.stderr);
    if (stdout === 'json') parseEach(run);
  });

  it('batch --annotations: one annotation per row that is not allowed (two denied, five errors), every field encoded', async () => {
    const run = await runMain([...R, 'batch', plan, '--annotations', '--json']);
    expect(run.code).toBe(2);
    expectClean(run.stdout);
    expectClean(run.stderr, { annotations: true });
    const annotations = run.stderr.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toHaveLength(7);
    // The file property reads back, as the runner decodes it, as the plan's name made safe.
    const file = /^::error file=([^,]*),/u.exec(annotations[0]!)![1]!;
    expect(decodeProperty(file)).toBe(`${folder}/plan\\n::error title=Injected::pwned\\x1b[2J\\u202e\\u200b<script>]]>##\\x5berror]x.csv`);
  });

  it('GITHUB_ACTIONS=true turns annotations on, as clean', async () => {
    const run = await runMain([...R, 'batch', plan], { env: { GITHUB_ACTIONS: 'true' } });
    expect(run.code).toBe(2);
    expectClean(run.stdout);
    expectClean(run.stderr, { annotations: true });
    expect(run.stderr.split('\n').filter((line) => line.startsWith('::'))).toHaveLength(7);
  });

  it('batch --junit: valid XML with every hostile value escaped', async () => {
    const report = join(folder, 'junit.xml');
    const run = await runMain([...R, 'batch', plan, '--junit', report]);
    expect(run.code).toBe(2);
    const xml = readFileSync(report, 'utf8');
    expectClean(xml);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<script');
    expect(xml).toContain('&lt;script&gt;');
  });

  it('timeline --svg to a file: valid XML, no script element', async () => {
    const file = join(folder, 'chart.svg');
    const run = await runMain([...R, 'timeline', '-p', 'evil-live', '--from', '2023-06-01', '--to', '2025-06-01', '--svg', file]);
    expect(run.code).toBe(0);
    const svg = readFileSync(file, 'utf8');
    expectClean(svg);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain('<script');
  });

  it('JSON keeps every hostile value exact, written with \\u escapes', async () => {
    const run = await runMain([...R, 'batch', jsonl, '--ndjson']);
    const rows = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { row: Record<string, string> });
    expect(rows[0]!.row.source).toBe(evil('evil-store'));
    expect(rows[1]!.row[H]).toBe(H);
    expect(run.stdout).toContain('\\u009b31m\\u007f\\u202eRTL\\u2066iso\\u2069\\u200bzw\\u200d\\ufeff\\u2028ls\\u2029ps\\n::error');
    expect(run.stdout).toContain('##\\u005berror]old');
    const show = await runMain([...R, 'rules', 'show', 'evil-open', '--json']);
    expect(JSON.parse(show.stdout).summary).toBe(evil('Evil store opens.'));
  });

  it('the text report shows the plan name and each cell escaped, on its own line', async () => {
    const run = await runMain([...R, 'batch', plan]);
    const [summary] = run.stdout.split('\n');
    expect(summary).toBe(`${folder}/plan\\n::error title=Injected::pwned\\x1b[2J\\u202e\\u200b<script>]]>##\\x5berror]x.csv: 8 rows: 1 allowed, 2 denied, 0 rolling-out, 0 unknown, 5 errors`);
    expect(run.stdout).toContain('line 2      error       evil-store\\x1b[2J\\x1b]0;pwned\\x07\\x9b31m\\x7f\\u202eRTL\\u2066iso\\u2069\\u200bzw\\u200d… · cart · 2024-06-01 · evil-live  ');
    expect(run.stdout).toContain('line 33     denied      看看 https://shop.evil-store.example/y \\x1b[2J\\x1b]0;pwned… · cart · 2025-06-01 · evil-live  rule evil-closed\n');
  });
});

function parseEach(run: MainRun): void {
  const text = run.stdout.trim();
  if (text === '') return;
  // One JSON document, or one per line (--ndjson).
  try {
    JSON.parse(text);
  } catch {
    for (const line of text.split('\n')) expect(() => JSON.parse(line)).not.toThrow();
  }
}

/** As the runner unescapes a property value. */
function decodeProperty(value: string): string {
  return value.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%');
}

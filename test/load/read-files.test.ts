// Rule files are read only when they are regular files under the size limit,
// as strict UTF-8 JSON: anything else is one clear error, never a hang.
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors/errors.js';
import { loadCatalog, loadRuleSet } from '../../src/load/load-catalog.js';
import { fileIdentity, invalidUtf8Offset, MAX_RULE_FILE_BYTES, readRuleTexts } from '../../src/load/read-files.js';
import { ROOT } from '../helpers/catalog.js';
import { cli } from '../helpers/exec.js';
import { errorMessage } from '../../src/i18n/error-words.js';
import { problemWords } from '../helpers/problem-words.js';
import { tempFolder } from '../helpers/temp.js';
import { utf16 } from '../helpers/utf16.js';

const tmp = tempFolder('linkcheck-read-');
const fixture = (name: string) => join(ROOT, 'test', 'fixtures', 'lint', `${name}.json`);
const clean = readFileSync(fixture('clean'));
const posix = process.platform !== 'win32';

function write(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

async function loadError(path: string): Promise<DataError> {
  const error = await loadCatalog({ root: ROOT, rules: [path] }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

describe('reading rule files', () => {
  it.runIf(posix)('refuses a FIFO named *.json in a rules folder without waiting for a writer', () => {
    const folder = join(tmp, 'with-fifo');
    mkdirSync(folder);
    execFileSync('mkfifo', [join(folder, 'pipe.json')]);
    const read = readRuleTexts([folder]);
    expect(read.files).toEqual([]);
    expect(read.problems).toMatchObject([{ code: 'unreadable', file: join(folder, 'pipe.json') }]);
    expect(problemWords(read.problems[0])?.message).toBe('cannot read: not a regular file (a pipe, socket or device)');
  });

  it.runIf(existsSync('/dev/zero'))('refuses /dev/zero', () => {
    expect(readRuleTexts(['/dev/zero']).problems).toMatchObject([{ code: 'unreadable' }]);
    expect(problemWords(readRuleTexts(['/dev/zero']).problems[0])?.message).toBe('cannot read: not a regular file (a pipe, socket or device)');
  });

  // Said in the catalogue's words, in either language: not the system's English sentence, which names the path again.
  it.runIf(posix)('refuses a loop of links and a path through a file in words of its own', async () => {
    const loop = join(tmp, 'loop-a.json');
    symlinkSync('loop-b.json', loop);
    symlinkSync('loop-a.json', join(tmp, 'loop-b.json'));
    const through = join(write('plain.json', '{}'), 'rules.json');
    expect(readRuleTexts([loop]).problems.map((problem) => problemWords(problem)?.message)).toEqual(['cannot read: its symbolic links lead round in a loop']);
    expect(readRuleTexts([through]).problems.map((problem) => problemWords(problem)?.message)).toEqual(['cannot read: a part of the path before the file is not a folder']);
    const run = await cli(['taobao', 'live-cart', '2022-06-01', '--rules', loop, '--lang', 'zh'], {}, ROOT);
    expect([run.code, run.stderr]).toEqual([2, `linkcheck: ${loop}：无法读取：其符号链接绕成了一个环（请给出规则文件的路径，或含 *.json 文件的文件夹）\n`]);
  });

  it('refuses an empty path, named quoted, where the line began with its colon escaped (\\x3a)', async () => {
    for (const path of ['', '  ']) {
      expect(readRuleTexts([path]).problems).toMatchObject([{ code: 'unreadable', file: JSON.stringify(path) }]);
      expect(problemWords(readRuleTexts([path]).problems[0])?.message).toBe('cannot read: an empty path names no file');
    }
    const run = await cli(['taobao', 'live-cart', '2022-06-01', '--rules', ''], {}, ROOT);
    expect([run.code, run.stderr]).toEqual([2, 'linkcheck: "": cannot read: an empty path names no file (give the path of a rule file or a folder of *.json files)\n']);
  });

  // As root every folder can be listed.
  it.runIf(posix && process.getuid?.() !== 0)('refuses a folder the user may not list, where it ended in an internal error', () => {
    const folder = join(tmp, 'closed');
    mkdirSync(folder, { mode: 0o000 });
    expect(readRuleTexts([folder]).problems).toMatchObject([{ code: 'unreadable', file: folder }]);
    expect(problemWords(readRuleTexts([folder]).problems[0])?.message).toBe('cannot read: permission denied');
  });

  it('refuses a file over the size limit', () => {
    const path = write('huge.json', Buffer.alloc(MAX_RULE_FILE_BYTES + 1, 0x20));
    expect(readRuleTexts([path]).problems).toMatchObject([{ code: 'unreadable' }]);
    expect(problemWords(readRuleTexts([path]).problems[0])?.message).toBe('cannot read: larger than the 4 MiB limit for a rule file');
  });

  it('reads a file of exactly the limit', () => {
    const path = write('limit.json', Buffer.alloc(MAX_RULE_FILE_BYTES, 0x20));
    expect(readRuleTexts([path]).files.map((file) => file.text.length)).toEqual([MAX_RULE_FILE_BYTES]);
  });

  it('accepts a UTF-8 byte-order mark', async () => {
    const path = write('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), clean]));
    expect(readRuleTexts([path]).files[0]?.text.startsWith('{')).toBe(true);
    const catalog = await loadCatalog({ root: ROOT, rules: [path] });
    expect(catalog.platforms.has('testshop')).toBe(true);
  });

  it.each([
    ['a stray continuation byte', [0x61, 0x80], 1],
    ['an overlong form', [0x61, 0x62, 0xc0, 0xaf], 2],
    ['a truncated sequence at the end', [0x61, 0xe6, 0xb7], 1],
    ['a surrogate', [0xed, 0xa0, 0x80], 0],
    ['a byte that never occurs', [0x7b, 0xff], 1],
    ['a code point above U+10FFFF', [0x61, 0xf4, 0x90, 0x80, 0x80], 1],
    ['a bad second continuation byte', [0xe6, 0xb7, 0x41], 0],
    ['nothing: 淘宝 and an emoji are well formed', [...Buffer.from('淘宝😀')], 10],
  ])('finds the offset of %s', (_name, bytes, offset) => {
    expect(invalidUtf8Offset(Uint8Array.from(bytes))).toBe(offset);
  });

  it('agrees with the strict decoder on any bytes, and everything before the offset decodes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const decodes = (bytes: Uint8Array) => {
      try {
        strict.decode(bytes);
        return true;
      } catch {
        return false;
      }
    };
    // Bytes weighted towards the ranges where UTF-8 has its edges.
    const byte = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xbf }), fc.integer({ min: 0xc0, max: 0xff }));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 12 }), (list) => {
        const bytes = Uint8Array.from(list);
        const offset = invalidUtf8Offset(bytes);
        expect(offset === bytes.length).toBe(decodes(bytes));
        expect(decodes(bytes.subarray(0, offset))).toBe(true);
      }),
      { seed: 11, numRuns: 2000 },
    );
  });

  it('refuses invalid UTF-8 with its byte offset and line instead of replacing it', async () => {
    const error = await loadError(fixture('invalid-utf8'));
    expect(error.problems).toMatchObject([{ code: 'invalid-utf8', line: 30, column: 19 }]);
    expect(errorMessage(error)).toContain('invalid-utf8.json: not valid UTF-8 at byte offset 528 (line 30, column 19;');
  });

  it.each([
    ['UTF-16LE without its byte order mark', 'le', false, 'looks like UTF-16LE without its byte order mark (a NUL beside every letter), not UTF-8 (rule files must be UTF-8: save the file as UTF-8)'],
    ['UTF-16BE without its byte order mark', 'be', false, 'looks like UTF-16BE without its byte order mark (a NUL beside every letter), not UTF-8 (rule files must be UTF-8: save the file as UTF-8)'],
    ['UTF-16LE with its byte order mark', 'le', true, 'is UTF-16LE (it opens with its byte order mark), not UTF-8 (rule files must be UTF-8: save the file as UTF-8)'],
    ['UTF-16BE with its byte order mark', 'be', true, 'is UTF-16BE (it opens with its byte order mark), not UTF-8 (rule files must be UTF-8: save the file as UTF-8)'],
  ] as const)('refuses a rule file in %s, naming its encoding', async (_, order, marked, message) => {
    const bytes = utf16(clean.toString('utf8'), order);
    const path = write(`utf16-${order}-${marked}.json`, marked ? bytes : bytes.subarray(2));
    const error = await loadError(path);
    expect(error.problems).toMatchObject([{ code: 'invalid-utf8', path: '' }]);
    expect(errorMessage(error)).toContain(`${path}: ${message}`);
  });

  it('refuses a duplicate key instead of keeping the last one', async () => {
    const error = await loadError(fixture('duplicate-key'));
    expect(error.problems).toMatchObject([{ code: 'duplicate-key', path: 'rules', line: 40, column: 3 }]);
  });

  it('finds duplicate keys at any depth, each with its path', async () => {
    const data = JSON.parse(clean.toString('utf8'));
    const text = JSON.stringify(data, null, 2).replace('"effect": "deny"', '"effect": "allow", "effect": "deny"');
    const set = await loadRuleSet({ root: ROOT, rules: [write('nested-duplicate.json', text)] });
    expect(set.problems).toMatchObject([{ code: 'duplicate-key', path: 'rules[0].effect' }]);
  });

  it('refuses a file nested too deeply to check for duplicate keys', async () => {
    const depth = 100_000;
    const path = write('deep.json', `{"rules": [], "x": ${'['.repeat(depth)}${']'.repeat(depth)}}`);
    const set = await loadRuleSet({ root: ROOT, rules: [path] });
    expect(set.problems).toMatchObject([{ code: 'invalid-json' }]);
    expect(problemWords(set.problems[0])?.message).toBe('cannot check for duplicate keys: it is nested too deeply');
  });

  it('refuses a 40,000-letter share keyword with its path and line', async () => {
    const error = await loadError(fixture('keyword-too-long'));
    expect(error.problems).toMatchObject([{ code: 'schema', path: 'sources[0].shareText.keywords[0]', line: 21 }]);
  });

  it('refuses an alias that reads as a link', async () => {
    const error = await loadError(fixture('alias-like-link'));
    expect(error.problems).toMatchObject([{ code: 'alias-like-link', path: 'sources[0].aliases[0]', line: 20 }]);
  });
});

describe('linkcheck with a hostile rule file', () => {
  it.runIf(existsSync('/dev/zero'))('exits 2 with one line for --rules /dev/zero', async () => {
    const run = await cli(['--rules', '/dev/zero', 'taobao', 'live-cart', '2022-06-01']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('linkcheck: /dev/zero: cannot read: not a regular file (a pipe, socket or device) (give the path of a regular rule file)\n');
  });

  it.runIf(posix)('exits 2 with one line for a FIFO in a rules folder', async () => {
    const folder = join(tmp, 'cli-fifo');
    mkdirSync(folder);
    execFileSync('mkfifo', [join(folder, 'rules.json')]);
    const run = await cli(['--rules', folder, 'taobao', 'live-cart', '2022-06-01']);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('rules.json: cannot read: not a regular file');
  });
});

describe('a rule file named twice', () => {
  it('by two spellings of its path, or also in a folder given, is read once: its ids do not clash with themselves', async () => {
    const clean = join(ROOT, 'test', 'fixtures', 'lint', 'clean.json');
    const relative = 'test/fixtures/lint/clean.json';
    const read = readRuleTexts([clean, `./${relative}`, join(ROOT, 'test', 'fixtures', 'lint', '..', 'lint', 'clean.json')]);
    expect(read.files.map((file) => file.path)).toEqual([clean]);
    const run = await cli(['--rules', relative, '--rules', `./${relative}`, 'taobao', 'live-cart', '2022-06-01', '-q']);
    expect([run.code, run.stderr]).toEqual([1, '']);
  });
});

describe('the same rule file by another path', () => {
  const relative = 'test/fixtures/lint/clean.json';

  it.runIf(posix)('a link to it, or a second name (a hard link), is read once, as the same path given twice', async () => {
    const linked = join(tmp, 'linked-clean.json');
    const named = join(tmp, 'named-clean.json');
    symlinkSync(join(ROOT, relative), linked);
    linkSync(join(ROOT, relative), named);
    const read = readRuleTexts([relative, linked, named]);
    expect([read.files.map((file) => file.path), read.problems]).toEqual([[relative], []]);
    expect(fileIdentity(linked)).toBe(fileIdentity(relative));
    const run = await cli(['--rules', relative, '--rules', linked, 'taobao', 'live-cart', '2022-06-01', '-q']);
    expect([run.code, run.stderr]).toEqual([1, '']);
    const lint = await cli(['rules', 'lint', relative, linked]);
    expect(lint).toEqual({ code: 0, stdout: '1 file, 1 rule: no problems\n', stderr: '' });
  });

  it('is not read when it is one of those already read (the built-in files)', () => {
    const read = readRuleTexts([relative], () => new Set([fileIdentity(relative)!]));
    expect(read).toEqual({ files: [], problems: [] });
  });

  it.runIf(posix)('a built-in file given again with --rules is the built-in file, loaded once: no rule id clashes with itself', async () => {
    const linked = join(tmp, 'kuaishou-again.json');
    symlinkSync(join(ROOT, 'rules', 'kuaishou.json'), linked);
    const plain = await cli(['taobao', 'live-cart', '2022-06-01', '--json'], {}, ROOT);
    for (const again of ['rules/kuaishou.json', './rules/../rules/kuaishou.json', linked, 'rules']) {
      const run = await cli(['--rules', again, 'taobao', 'live-cart', '2022-06-01', '--json'], {}, ROOT);
      expect([run.code, run.stderr, run.stdout], again).toEqual([1, '', plain.stdout]);
    }
    expect(await cli(['--rules', linked, 'rules', 'lint'], {}, ROOT)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^6 files, \d+ rules: no problems\n$/) });
    // Without the built-in rules it is the user's file, and read as one.
    const alone = await cli(['--no-builtin-rules', '--rules', 'rules', 'taobao', 'live-cart', '2022-06-01', '-q'], {}, ROOT);
    expect([alone.code, alone.stderr]).toEqual([1, '']);
  });
});

describe('a file whose size is reported as 0', () => {
  // The kernel makes the files of /proc as they are read: their size says nothing of what they hold.
  it.runIf(existsSync('/proc/self/status'))('is read to its end, within the limit, where it was refused as changed while it was read', async () => {
    const read = readRuleTexts(['/proc/self/status']);
    expect(read.problems).toEqual([]);
    expect(read.files[0]?.text).toMatch(/^Name:/);
    const run = await cli(['--rules', '/proc/self/status', 'taobao', 'live-cart', '2022-06-01']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^linkcheck: invalid rule data: \/proc\/self\/status: not valid JSON: /);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('an empty regular file is read as empty', () => {
    const read = readRuleTexts([write('empty.json', '')]);
    expect([read.files.map((file) => file.text), read.problems]).toEqual([[''], []]);
  });
});

describe('a folder of rule files', () => {
  it('is read without its hidden files: an editor\'s lock (a link to nowhere) or backup is no rule file', async () => {
    const folder = join(ROOT, 'test', 'fixtures', 'lint');
    const read = readRuleTexts([folder]);
    expect(read.files.some((file) => file.path.split('/').at(-1)!.startsWith('.'))).toBe(false);
    const { mkdtempSync, copyFileSync, symlinkSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const mine = mkdtempSync(join(tmpdir(), 'linkcheck-hidden-'));
    try {
      copyFileSync(join(folder, 'clean.json'), join(mine, 'mine.json'));
      copyFileSync(join(folder, 'clean.json'), join(mine, '.mine.json'));
      symlinkSync('/nowhere/at/all', join(mine, '.#mine.json'));
      const own = readRuleTexts([mine]);
      expect([own.files.map((file) => file.path), own.problems]).toEqual([[join(mine, 'mine.json')], []]);
    } finally {
      rmSync(mine, { recursive: true, force: true });
    }
  });
});

// linkcheck serve's options, read before anything is loaded or listened on: a
// bad one is one line on stderr and exit 2, in the reader's language.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/exec.js';

describe('linkcheck serve: options', () => {
  it.each([
    [['serve', '--port', 'http'], 'linkcheck: --port takes a whole number from 0 to 65535, not "http"\n'],
    [['serve', '--port', '70000'], 'linkcheck: --port takes a whole number from 0 to 65535, not "70000"\n'],
    [['serve', '--max-concurrent', '0'], 'linkcheck: --max-concurrent takes a whole number from 1 to 100000, not "0"\n'],
    [['serve', '--headers-timeout', '1.5'], 'linkcheck: --headers-timeout takes a whole number from 1 to 3600, not "1.5"\n'],
    [['serve', '--request-timeout', '5', '--headers-timeout', '10'], 'linkcheck: --request-timeout takes a whole number from 10 to 86400, not "5"\n'],
    // A whole body's time no shorter than one pause's.
    [['serve', '--body-deadline', '5', '--body-timeout', '10'], 'linkcheck: --body-deadline takes a whole number from 10 to 86400, not "5"\n'],
    [['serve', '--body-deadline', '0.5'], 'linkcheck: --body-deadline takes a whole number from 10 to 86400, not "0.5"\n'],
    [['serve', '--no-builtin-rules'], 'linkcheck: --no-builtin-rules leaves no rules: give rule files with --rules <path> or LINKCHECK_RULES\n'],
    [['serve', '--site', 'no/such/folder'], 'linkcheck: the page is not built: run "npm run build:site", which writes site/, then start the service again\n'],
    [['serve', '--port', 'x', '--lang', 'zh'], 'linkcheck: --port 应是 0 到 65535 之间的整数，而不是 "x"\n'],
    // An empty host would listen on every interface; an origin no browser sends would match nothing.
    [['serve', '--host', ''], 'linkcheck: --host takes the address to listen on (127.0.0.1, ::1, or 0.0.0.0 for every interface), not ""\n'],
    [['serve', '--cors', ''], 'linkcheck: --cors takes the origins of pages, such as https://tools.example.com, or * for every origin; "" is not one\n'],
    [['serve', '--cors', 'https://tools.example.com,tools.example.com'], 'linkcheck: --cors takes the origins of pages, such as https://tools.example.com, or * for every origin; "tools.example.com" is not one\n'],
    [['serve', '--cors', 'file:///page.html'], 'linkcheck: --cors takes the origins of pages, such as https://tools.example.com, or * for every origin; "file:///page.html" is not one\n'],
    [['serve', '--host', ' ', '--lang', 'zh'], 'linkcheck: --host 需要监听的地址（127.0.0.1、::1，或 0.0.0.0 表示所有网络接口），而不是 ""\n'],
  ])('%j', async (argv, stderr) => {
    expect(await cli(argv)).toEqual({ code: 2, stdout: '', stderr });
  });

  // As root every file can be read.
  it.runIf(process.getuid?.() !== 0)('refuses a page file it may not read in one line, where it ended in an internal error', async () => {
    const site = mkdtempSync(join(tmpdir(), 'linkcheck-site-'));
    writeFileSync(join(site, 'index.html'), '<!doctype html>');
    writeFileSync(join(site, 'page.js'), '', { mode: 0o000 });
    const run = await cli(['serve', '--port', '0', '--site', site]);
    rmSync(site, { recursive: true, force: true });
    expect(run).toEqual({ code: 2, stdout: '', stderr: `linkcheck: cannot read the page's file "${join(site, 'page.js')}": permission denied; let the service's user read the folder, or build it again (npm run build:site)\n` });
  });

  it('says its options in both languages', async () => {
    const en = await cli(['serve', '--help']);
    const zh = await cli(['serve', '--help', '--lang', 'zh']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('--max-concurrent <number>');
    // Wrapped to 80 columns: compared with its white space as one space.
    expect(en.stdout.replace(/\s+/gu, ' ')).toContain('most API requests answered at once; past it, 503 with Retry-After (default: 64)');
    expect(zh.stdout.replace(/\s+/gu, ' ')).toContain('同时回答的 API 请求上限；超过时返回 503 并带 Retry-After（默认：64）');
  });
});

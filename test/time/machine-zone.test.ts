// The machine's own time zone must not reach an answer (issue 7). Node reads TZ
// once, at start, so each zone is a child process.
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';

const ZONES = ['Pacific/Kiritimati', 'Australia/Lord_Howe', 'Pacific/Apia', 'America/New_York'];

function run(args: string[], tz: string, input?: string) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', input, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: tz } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const probe = (tz: string) => run([join(ROOT, 'test', 'time', 'zone-probe.mjs')], tz);
const inUtc = probe('UTC');
const lines = inUtc.stdout.trim().split('\n').map((line) => JSON.parse(line) as unknown);

describe('answers under any TZ', () => {
  it('asks every rule boundary', () => {
    expect(inUtc.stderr).toBe('');
    expect(lines.length).toBeGreaterThan(300);
  });

  it.each([
    ['1994-12-31', ['1994-12-31', '1994-12-31T00:00:00+08:00', 'unknown', null, []]],
    ['2022-10-02T02:00', ['2022-10-02T02:00', '2022-10-02T02:00:00+08:00', 'denied', 'shop-cut', []]],
    ['2022-10-02T01:59:59', ['2022-10-02T01:59:59', '2022-10-02T01:59:59+08:00', 'unknown', null, []]],
    ['2022-10-02', ['2022-10-02', '2022-10-02T00:00:00+08:00', 'unknown', null, ['2022-10-02T02:00:00+08:00']]],
    ['2011-12-30', ['2011-12-30', '2011-12-30T00:00:00+08:00', 'unknown', null, []]],
  ])('answers %s as expected under UTC', (text, expected) => {
    expect(lines.filter((line) => Array.isArray(line) && line[0] === text).at(-1)).toEqual(expected);
  });

  it('starts a rule of 2022-10-02T02:00 Beijing time at that instant', () => {
    expect(lines).toContainEqual(['own rule start', '2022-10-02T02:00:00+08:00']);
  });

  it.each(ZONES)('gives the same answers under TZ=%s as under UTC', (tz) => {
    expect(probe(tz)).toEqual(inUtc);
  });
});

describe('the command line under any TZ', () => {
  const CHECKS: [string[], number][] = [
    [['taobao', 'live-cart', '1994-12-31'], 3],
    [['taobao', 'live-cart', '2022-03-01T00:00'], 1],
    [['taobao', 'live-cart', '2022-02-28 23:59:59'], 0],
    [['taobao', 'live-cart', '2022/6/1'], 1],
  ];
  // Every check under one zone in one process, through the built CLI's main().
  const probe = join(ROOT, 'test', 'time', 'cli-probe.mjs');
  const runs = new Map<string, { code: number; stdout: string; stderr: string }[]>();
  const under = (tz: string) => {
    if (!runs.has(tz)) {
      const result = run([probe], tz, JSON.stringify(CHECKS.map(([args]) => [...args, '--json'])));
      expect(result.stderr).toBe('');
      runs.set(tz, JSON.parse(result.stdout));
    }
    return runs.get(tz)!;
  };

  it.each(CHECKS)('%j answers the same under every zone', (args, code) => {
    const at = CHECKS.findIndex(([checked]) => checked === args);
    const inUtc = under('UTC')[at]!;
    expect(inUtc.code).toBe(code);
    for (const tz of ZONES) expect(under(tz)[at]).toEqual(inUtc);
  });
});

describe('a check of a built-in platform', () => {
  const forbid = join(ROOT, 'test', 'time', 'forbid-machine-zone.mjs');
  const bin = join(ROOT, 'bin', 'linkcheck.js');

  it.each([
    [['taobao', 'live-cart', '2022-06-01'], 1],
    [['taobao', 'live-cart', '2022年6月1日 10:30', '--json'], 1],
    [['taobao', 'live-cart', 'today', '--as-known-on', 'yesterday', '-q'], 3],
    [['-p', 'douyin', 'taobao', 'live-cart', '2020-08-27'], 0],
    [['rules', 'show', 'kuaishou-2022-03-taobao-cut'], 0],
  ])('%j never asks Intl for a time zone nor reads the machine\'s', (args, code) => {
    const result = run(['--import', forbid, bin, ...args], 'Pacific/Kiritimati');
    expect(result.stderr).not.toContain('forbidden');
    expect(result.code).toBe(code);
  });
});

describe('queryTime under any TZ', () => {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  const written = fc
    .record({
      year: fc.integer({ min: 1890, max: 2210 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      form: fc.constantFrom('day', 'slash', 'compact', 'chinese', 'local', 'space', 'instant', 'offset'),
      offset: fc.constantFrom('+08:00', '-14:00', '+14', '+0530', '-0930'),
    })
    .map(({ year, month, day, hour, minute, form, offset }) => {
      const date = `${year}-${pad(month)}-${pad(day)}`;
      const clock = `${pad(hour)}:${pad(minute)}`;
      switch (form) {
        case 'day': return date;
        case 'slash': return `${year}/${month}/${day}`;
        case 'compact': return `${year}${pad(month)}${pad(day)}`;
        case 'chinese': return `${year}年${month}月${day}日 ${hour}点${minute}分`;
        case 'local': return `${date}T${clock}`;
        case 'space': return `${date} ${clock}`;
        case 'instant': return `${date}T${clock}:00.500Z`;
        default: return `${date}T${clock}${offset}`;
      }
    });
  const zones = fc.constantFrom('Asia/Shanghai', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Apia', 'Pacific/Kiritimati');
  const pairs = fc.sample(fc.tuple(written, zones), { seed: 7, numRuns: 400 });
  const input = JSON.stringify([...pairs, ['today', 'Pacific/Kiritimati'], ['yesterday', 'America/New_York'], ['2011-12-30', 'Pacific/Apia']]);
  const ask = (tz: string) => run([join(ROOT, 'test', 'time', 'query-probe.mjs')], tz, input);
  const inUtc = ask('UTC');

  it('answers every random query', () => {
    expect(inUtc.stderr).toBe('');
    expect(JSON.parse(inUtc.stdout)).toHaveLength(pairs.length + 3);
  });

  it.each(ZONES)('reads random dates the same under TZ=%s as under UTC', (tz) => {
    expect(ask(tz)).toEqual(inUtc);
  });
});

// The plain check's bundle, loaded through node:vm with the build's code cache, must still
// validate rules that changed since the build (it then loads dist/load-rules.cjs).
import { appendFileSync, cpSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFileFor, loadWithCodeCache } from '../../src/cli/code-cache.js';
import { InputError } from '../../src/errors/errors.js';
import { ROOT } from '../helpers/catalog.js';
import { tempFolder } from '../helpers/temp.js';

type RunCheck = (context: object, args: object, options: object) => Promise<number>;

function copyOfPackage(): string {
  const copy = tempFolder('linkcheck-cache-');
  for (const part of ['dist', 'rules', 'seeds', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  return copy;
}

async function plainCheck(root: string) {
  const bundle = join(root, 'dist', 'plain-check.cjs');
  const loaded = loadWithCodeCache(bundle, createRequire(bundle));
  const out: string[] = [];
  const context = { env: {}, stdout: (text: string) => out.push(text), stderr: () => {}, stdoutIsTTY: false, now: Date.UTC(2026, 0, 1) };
  const { runCheck } = loaded.exports as { runCheck: RunCheck };
  const code = await runCheck(context, { source: 'taobao', surface: 'live-cart', date: '2022-06-01' }, { platform: 'kuaishou', color: true, rules: [], builtinRules: true });
  return { code, out: out.join(''), rejected: loaded.rejected };
}

describe('the code cache of the plain check', () => {
  it('is written by the build and accepted', async () => {
    expect(existsSync(cacheFileFor(join(ROOT, 'dist', 'plain-check.cjs')))).toBe(true);
    const { code, rejected } = await plainCheck(ROOT);
    expect(code).toBe(1);
    expect(rejected).toBe(false);
  });

  // The other bundles loaded with a cache: the option-less commands, a short batch, the loading of rule files.
  it.each(['quick-matrix.cjs', 'quick-timeline.cjs', 'quick-rules.cjs', 'quick-batch.cjs', 'load-rules.cjs'])('dist/%s has one the build wrote, and V8 takes it', (name) => {
    const bundle = join(ROOT, 'dist', name);
    expect(existsSync(cacheFileFor(bundle))).toBe(true);
    expect(loadWithCodeCache(bundle, createRequire(bundle)).rejected).toBe(false);
  });

  it('answers the same when rules/ changed since the build, validating them again', async () => {
    const copy = copyOfPackage();
    const before = await plainCheck(copy);
    appendFileSync(join(copy, 'rules', readdirSync(join(copy, 'rules')).find((name) => name.endsWith('.json'))!), '\n');
    expect(await plainCheck(copy)).toEqual(before);
  });
});

describe('a bundle loaded apart', () => {
  // The short batch's bundle leaves the link reader to dist/classify-input.cjs, which holds a copy of
  // the errors module: a row whose source it refuses is a row in error, not a failure of the quick path.
  it('throws input errors the short batch takes for its own', async () => {
    const plan = join(tempFolder('linkcheck-apart-'), 'plan.csv');
    writeFileSync(plan, 'source,surface,date\ntaobao,live-cart,2022-06-01\nhttps://item.jd.com/100.html,live-cart,2022-06-01\nnosuch,live-cart,2022-06-01\nftp://item.taobao.com/1,live-cart,2022-06-01\n');
    const bundle = join(ROOT, 'dist', 'quick-batch.cjs');
    const { answerQuickBatch } = loadWithCodeCache(bundle, createRequire(bundle)).exports as { answerQuickBatch: (context: object, batch: object) => Promise<number> };
    const out: string[] = [];
    const context = { env: {}, stdout: (text: string) => out.push(text), stderr: () => {}, stdoutIsTTY: false, now: Date.UTC(2026, 0, 1) };
    expect(await answerQuickBatch(context, { file: plan, lang: 'en' })).toBe(2);
    expect(out.join('')).toMatch(/4 rows: 0 allowed, 2 denied, 0 rolling-out, 0 unknown, 2 errors/);
  });

  it('makes errors that are InputErrors, by their mark', () => {
    const apart = Object.assign(new Error('unknown-source'), { [Symbol.for('linkcheck.input-error')]: true });
    expect(apart instanceof InputError).toBe(true);
    expect(new InputError('bad') instanceof InputError).toBe(true);
    expect(new Error('bad') instanceof InputError).toBe(false);
    expect((null as unknown) instanceof InputError).toBe(false);
  });
});

// README's "Install": `npm link` in the checkout, and the packed tarball installed
// globally, each into a throw-away npm prefix, offline, give a bare `linkcheck` that answers.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';

const work = mkdtempSync(join(tmpdir(), 'linkcheck-install-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** npm with its global prefix in `prefix`, offline: everything comes from the cache npm ci filled. */
function npm(args: string[], prefix: string, cwd = ROOT): string {
  return execFileSync('npm', [...args, '--offline', '--no-audit', '--no-fund', '--loglevel', 'error'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_prefix: prefix, npm_config_update_notifier: 'false' },
  });
}

/** The installed bin, run by its path with nothing of the checkout around it. */
function installed(prefix: string) {
  const run = spawnSync(join(prefix, 'bin', 'linkcheck'), ['taobao', 'live-cart', '2022-06-01'], {
    cwd: work,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
  });
  return { code: run.status, verdict: run.stdout.split(' ')[0], stderr: run.stderr };
}

describe('README: Install', () => {
  it('npm link puts linkcheck on the PATH of the prefix: denied, exit 1', () => {
    const prefix = join(work, 'link');
    // The build is already in dist/ (npm test builds first), so the prepare script is not run again.
    npm(['link', '--ignore-scripts'], prefix);
    expect(installed(prefix)).toEqual({ code: 1, verdict: 'denied', stderr: '' });
  });

  it('npm pack, then npm install -g of the tarball: denied, exit 1', { timeout: 60_000 }, () => {
    const prefix = join(work, 'global');
    const tarball = npm(['pack', '--ignore-scripts', '--silent', '--pack-destination', work], prefix).trim().split('\n').at(-1)!;
    expect(tarball).toBe('linkcheck-cli-0.1.0.tgz');
    npm(['install', '-g', join(work, tarball)], prefix, work);
    expect(installed(prefix)).toEqual({ code: 1, verdict: 'denied', stderr: '' });
  });
});

// The bundles a start of the bin compiles (bin/linkcheck.js loads each through node:vm with its
// code cache), in order: which quick path answered, or whether the full CLI (cli.cjs) did.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './catalog.js';
import { tempFolder } from './temp.js';

const BIN = join(ROOT, 'bin', 'linkcheck.js');

// Records each script's file name to the file named first, as the process exits.
const RECORD = `
const vm = require('node:vm');
const [record, bin, ...argv] = process.argv.slice(1);
const loaded = [];
vm.Script = class extends vm.Script {
  constructor(source, options) {
    super(source, options);
    loaded.push(require('node:path').basename(options.filename));
  }
};
process.on('exit', () => require('node:fs').writeFileSync(record, JSON.stringify(loaded)));
require(bin).start(argv);
`;

/** Each argument in single quotes, for a shell. */
export const shellQuoted = (args: readonly string[]): string => args.map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(' ');

/** The bundles `linkcheck <argv>` compiles in `cwd` with this environment (and PATH); on a terminal made by script(1) when asked. */
export function loadedBundles(cwd: string, argv: readonly string[], env: Record<string, string> = {}, options: { terminal?: boolean } = {}): string[] {
  const record = join(tempFolder('linkcheck-loaded-'), 'loaded.json');
  const command = [process.execPath, '-e', RECORD, record, BIN, ...argv];
  const environment = { PATH: process.env.PATH ?? '', ...env };
  const run = options.terminal
    ? spawnSync('script', ['-qec', shellQuoted(command), '/dev/null'], { cwd, env: environment, stdio: 'ignore' })
    : spawnSync(command[0]!, command.slice(1), { cwd, env: environment, stdio: 'ignore' });
  if (run.error) throw run.error;
  return JSON.parse(readFileSync(record, 'utf8')) as string[];
}

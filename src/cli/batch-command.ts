// linkcheck batch <file|->: read the plan, answer every row, write the reports.
import { resolve } from 'node:path';
import { DEFAULT_PLATFORM } from '../query/ask.js';
import { knownOnZone, readKnownOn } from '../query/known-on.js';
import { columnNames, headerCheck } from '../batch/columns.js';
import { encodingOf } from '../batch/read/decode.js';
import { checkFormatSettings, type InputFormat } from '../batch/read/records.js';
import { batchRenderers, type BatchReport, type ReportContext } from '../render/batch-reports.js';
import { runBatch } from '../batch/run-batch.js';
import { BATCH_MAX_STALENESS, DEFAULT_FAIL_ON, parseFailOn } from '../batch/summary.js';
import { parseStaleness } from '../time/staleness.js';
import { inputError } from '../errors/errors.js';
import { wordsFor, type Lang } from '../i18n/index.js';
import { loadCatalog } from '../load/load-catalog.js';
import { colourLevel } from './colour.js';
import type { CliContext } from './context.js';
import { decoding, flowing, reportFile, type ReportTaken } from './batch-io.js';
import { planFormat, planInput } from './plan-input.js';
import { progressReporter } from './progress.js';
import { loadOptions, type RuleOptions } from './rule-options.js';
import { fromEnvironment, givenPlatform } from './env-settings.js';

export interface BatchOptions extends RuleOptions {
  format?: InputFormat;
  sheet?: string;
  columns?: string;
  encoding: string;
  /** -p; without it LINKCHECK_PLATFORM, then kuaishou, as for a check. */
  platform?: string;
  /** --fail-on; without it LINKCHECK_FAIL_ON (or the configuration file), then DEFAULT_FAIL_ON. */
  failOn?: string;
  /** --max-staleness; without it LINKCHECK_MAX_STALENESS (or the configuration file), then BATCH_MAX_STALENESS. */
  maxStaleness?: string;
  markdown?: string;
  json?: boolean;
  ndjson?: boolean;
  junit?: string;
  annotations?: boolean;
  asKnownOn?: string;
  color: boolean;
  /** The language of the text report and the progress line; the machine formats do not change. */
  lang?: Lang;
}

/** `read`: the plan file's bytes when they were read already (quick.ts, a short plan): the file is then not read again. */
export async function runBatchCommand(context: CliContext, file: string, options: BatchOptions, read?: Uint8Array): Promise<number> {
  if (options.json && options.ndjson) throw inputError('exclusive-options', { first: '--json', second: '--ndjson' });
  // stdout carries one JSON document (or one per line): Markdown cannot follow it there.
  if (options.markdown === '-' && (options.json || options.ndjson)) throw inputError('exclusive-options', { first: options.json ? '--json' : '--ndjson', second: '--markdown -' });
  // An option, else its LINKCHECK_* variable (which a configuration file may set), else the default.
  const failOn = options.failOn !== undefined ? parseFailOn(options.failOn) : (fromEnvironment(context.env, 'LINKCHECK_FAIL_ON', parseFailOn) ?? DEFAULT_FAIL_ON);
  const maxStaleness =
    options.maxStaleness !== undefined
      ? parseStaleness(options.maxStaleness)
      : (fromEnvironment(context.env, 'LINKCHECK_MAX_STALENESS', parseStaleness) ?? parseStaleness(BATCH_MAX_STALENESS));
  const names = columnNames(options.columns);
  const encoding = encodingOf(options.encoding);
  const format = planFormat(file, options.format);
  checkFormatSettings(format, options.sheet, encoding);
  const catalog = await loadCatalog(loadOptions(context, options));
  // The platform of a row without one: when given, refused before the plan is opened if no platform has its name.
  const given = givenPlatform(catalog, options.platform, context.env)?.id;
  const platform = given ?? DEFAULT_PLATFORM;
  // Read in the platform's zone, so after the rules are loaded; still before the plan is opened.
  const asKnownOn = options.asKnownOn === undefined ? undefined : readKnownOn(options.asKnownOn, knownOnZone(catalog, platform), context.now);
  // Files named on the command line are found in the context's working directory, when it gives one; messages name them as given.
  const at = (name: string) => (context.cwd === undefined ? name : resolve(context.cwd, name));
  const plan = planInput(file, { format, sheet: options.sheet, encoding, check: headerCheck(names), names, ...(context.stdin ? { stdin: context.stdin } : {}), ...(context.cwd !== undefined ? { cwd: context.cwd } : {}), ...(read ? { read } : {}), ...(context.ownProcess ? { holdYoung: true } : {}) });

  const stdout = flowing(context.stdoutBytes ?? decoding(context.stdout));
  const words = wordsFor(options.lang ?? 'en');
  const report: ReportContext = {
    file,
    failOn,
    maxStaleness,
    words,
    colourLevel: colourLevel({ env: context.env, isTTY: context.stdoutIsTTY, flag: options.color, json: options.json === true || options.ndjson === true }),
  };
  const reports: BatchReport[] = [batchRenderers[options.ndjson ? 'ndjson' : options.json ? 'json' : 'text'](stdout.write, report)];
  // A report named as the plan, or as the other report, is refused before either is opened (and so emptied).
  const taken: ReportTaken[] = [file === '-' ? { fd: 0, what: 'plan' } : { path: at(file), what: 'plan' }];
  const junit = options.junit === undefined ? undefined : reportFile(options.junit, 'JUnit', at(options.junit), taken);
  if (options.junit !== undefined) taken.push({ path: at(options.junit), what: 'report' });
  if (junit) reports.push(batchRenderers.junit(junit.write, { ...report, colourLevel: 0 }));
  // Annotations go to stderr as rows are answered, with the same back-pressure as stdout.
  const stderr = options.annotations || context.env.GITHUB_ACTIONS === 'true' ? flowing(decoding(context.stderr)) : undefined;
  if (stderr) reports.push(batchRenderers.annotations(stderr.write, { ...report, colourLevel: 0 }));
  // "-": after the report on stdout, as a second part of it.
  const markdown = options.markdown === undefined ? undefined : options.markdown === '-' ? { write: stdout.write, close: () => {} } : reportFile(options.markdown, 'Markdown', at(options.markdown), taken);
  if (markdown) reports.push(batchRenderers.markdown(markdown.write, { ...report, colourLevel: 0 }));

  const progress = progressReporter({ write: context.stderr, terminal: context.stderrIsTTY === true, words, total: plan.size, read: plan.bytesRead });
  try {
    const summary = await runBatch(catalog, plan.read, reports, {
      file,
      failOn,
      maxStaleness,
      names,
      platform,
      platformGiven: given !== undefined,
      keys: format === 'jsonl',
      now: context.now,
      ...(asKnownOn ? { asKnownOn } : {}),
      progress: progress.tick,
      backlog: () => stdout.backlog() ?? stderr?.backlog(),
      stopped: () => context.stdoutStopped?.() === true,
    });
    return summary.exitCode;
  } finally {
    progress.clear();
    stdout.flush();
    stderr?.flush();
    junit?.close();
    markdown?.close();
  }
}

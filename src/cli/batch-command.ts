// linkcheck batch <file|->: read the plan, answer every row, write the reports.
import { closeSync, openSync, readFileSync, readSync, statSync, writeSync } from 'node:fs';
import { extname } from 'node:path';
import { DEFAULT_PLATFORM } from '../batch/ask.js';
import { columnNames, headerCheck } from '../batch/columns.js';
import { decodeChunks, encodingOf } from '../batch/read/decode.js';
import { readCsv } from '../batch/read/read-csv.js';
import { readJsonl } from '../batch/read/read-jsonl.js';
import type { InputFormat, RecordSink } from '../batch/read/records.js';
import { batchRenderers, type BatchReport, type ReportContext } from '../batch/render/index.js';
import { runBatch } from '../batch/run-batch.js';
import { parseFailOn } from '../batch/summary.js';
import { inputError } from '../engine/errors.js';
import { shownInput } from '../link/classify.js';
import { wordsFor, type Lang, type Words } from '../i18n/index.js';
import { loadCatalog } from '../load/load-catalog.js';
import { colourLevel } from './colour.js';
import type { CliContext } from './context.js';
import { knownOnDay } from './known-on.js';
import { loadOptions, type RuleOptions } from './rule-options.js';

export interface BatchOptions extends RuleOptions {
  format?: InputFormat;
  sheet?: string;
  columns?: string;
  encoding: string;
  /** -p; without it LINKCHECK_PLATFORM, then kuaishou, as for a check. */
  platform?: string;
  failOn: string;
  json?: boolean;
  ndjson?: boolean;
  junit?: string;
  annotations?: boolean;
  asKnownOn?: string;
  color: boolean;
  /** The language of the text report and the progress line; the machine formats do not change. */
  lang?: Lang;
}

const EXTENSIONS: Readonly<Record<string, InputFormat>> = { '.csv': 'csv', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.xlsx': 'xlsx' };

export async function runBatchCommand(context: CliContext, file: string, options: BatchOptions): Promise<number> {
  if (options.json && options.ndjson) throw inputError('exclusive-options', { first: '--json', second: '--ndjson' });
  const failOn = parseFailOn(options.failOn);
  const names = columnNames(options.columns);
  const encoding = encodingOf(options.encoding);
  const format = options.format ?? formatOf(file);
  const asKnownOn = options.asKnownOn === undefined ? undefined : knownOnDay(options.asKnownOn);
  if (file !== '-') readable(file);
  const catalog = await loadCatalog(loadOptions(context, options));

  const stdout = buffered(context.stdout, context.stdoutBytes ?? decoding(context.stdout));
  const words = wordsFor(options.lang ?? 'en');
  const report: ReportContext = {
    file,
    failOn,
    words,
    colourLevel: colourLevel({ env: context.env, isTTY: context.stdoutIsTTY, flag: options.color, json: options.json === true || options.ndjson === true }),
  };
  const reports: BatchReport[] = [batchRenderers[options.ndjson ? 'ndjson' : options.json ? 'json' : 'text'](stdout.write, report)];
  const junit = options.junit === undefined ? undefined : openReport(options.junit);
  if (junit) reports.push(batchRenderers.junit(junit.write, { ...report, colourLevel: 0 }));
  if (options.annotations || context.env.GITHUB_ACTIONS === 'true') {
    const bytes = decoding(context.stderr);
    reports.push(batchRenderers.annotations((text) => (typeof text === 'string' ? context.stderr(text) : bytes(text)), { ...report, colourLevel: 0 }));
  }

  const check = headerCheck(names);
  const read = async (sink: RecordSink) => {
    if (format === 'xlsx') {
      const { readXlsx } = await import('../batch/read/read-xlsx.js');
      return readXlsx(file === '-' ? await readAll(process.stdin) : readFileSync(file), options.sheet, sink, check, file === '-' ? 'standard input' : file);
    }
    const text = decodeChunks(file === '-' ? process.stdin : fileChunks(file), encoding, file === '-' ? 'standard input' : file);
    return format === 'csv' ? readCsv(text, sink, check) : readJsonl(text, sink);
  };
  const progress = progressLine(context, words);
  try {
    const summary = await runBatch(catalog, read, reports, { file, failOn, names, platform: options.platform ?? (context.env.LINKCHECK_PLATFORM || DEFAULT_PLATFORM), now: context.now, ...(asKnownOn ? { asKnownOn } : {}), progress: progress.tick });
    return summary.exitCode;
  } finally {
    progress.clear();
    stdout.flush();
    junit?.close();
  }
}

function formatOf(file: string): InputFormat {
  if (file === '-') return 'csv';
  const format = EXTENSIONS[extname(file).toLowerCase()];
  if (format) return format;
  throw inputError('unknown-plan-format', { file: shownInput(file), ...(extname(file).toLowerCase() === '.xls' ? { xls: 'true' } : {}) });
}

function readable(file: string): void {
  let reason: string;
  try {
    reason = statSync(file).isDirectory() ? 'folder' : '';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    reason = code === 'ENOENT' ? 'missing' : (code ?? 'error');
  }
  if (reason !== '') throw inputError('unreadable-plan', { file: shownInput(file), reason });
}

/**
 * A file's bytes, 64 KiB at a time, read synchronously into one buffer, each read once the
 * one before is decoded. A stream's reads go through libuv's thread pool and came back late
 * when the machine was busy, leaving the batch waiting: a tenth of a million-row run.
 * (Larger reads made Papa Parse's strings larger and the run slower.)
 */
function* fileChunks(file: string): Generator<Uint8Array> {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(64 * 1024);
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) yield buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** Writes in blocks: a million rows are not a million writes. Bytes (a spooled report) go out as they are. */
function buffered(write: (text: string) => void, writeBytes: (bytes: Uint8Array) => void | Promise<void>) {
  let parts: string[] = [];
  let size = 0;
  const flush = () => {
    if (parts.length > 0) write(parts.join(''));
    parts = [];
    size = 0;
  };
  return {
    write: (text: string | Uint8Array): void | Promise<void> => {
      if (typeof text !== 'string') {
        flush();
        return writeBytes(text);
      }
      parts.push(text);
      size += text.length;
      if (size >= 1 << 16) flush();
    },
    flush,
  };
}

/** For a writer of text only: bytes decoded, a character cut between two chunks kept whole. */
function decoding(write: (text: string) => void): (bytes: Uint8Array) => void {
  const decoder = new TextDecoder();
  return (bytes) => write(decoder.decode(bytes, { stream: true }));
}

function openReport(path: string) {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw inputError('unwritable-report', { file: shownInput(path), reason: (error as NodeJS.ErrnoException).code ?? 'error' });
  }
  const out = buffered(
    (text) => writeSync(fd, text),
    (bytes) => {
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    },
  );
  return {
    write: out.write,
    close: () => {
      out.flush();
      closeSync(fd);
    },
  };
}

/** A row count on stderr, only on a terminal and only once a run has taken a second. */
function progressLine(context: CliContext, words: Words) {
  const terminal = process.stderr.isTTY === true;
  const start = Date.now();
  let shown = false;
  let last = 0;
  return {
    tick: (rows: number) => {
      if (!terminal || (rows & 4095) !== 0) return;
      const now = Date.now();
      if (now - start < 1000 || now - last < 250) return;
      last = now;
      shown = true;
      context.stderr(`\rlinkcheck: ${words.say('batch.progress', { rows: rows.toLocaleString('en') })}`);
    },
    clear: () => {
      if (shown) context.stderr('\r\u001b[K');
    },
  };
}

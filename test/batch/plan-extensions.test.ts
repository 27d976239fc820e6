// The format a plan file's extension names: one table for the CLI (src/cli/plan-input.ts planFormat)
// and the page (src/web/plan-view.ts).
import { describe, expect, it } from 'vitest';
import { formatOfExtension } from '../../src/batch/read/records.js';
import { planFormat } from '../../src/cli/plan-input.js';
import { InputError } from '../../src/errors/errors.js';

describe('formatOfExtension', () => {
  it.each([
    ['csv', 'csv'],
    ['CSV', 'csv'],
    ['tsv', 'csv'],
    ['tab', 'csv'],
    ['Txt', 'csv'],
    ['jsonl', 'jsonl'],
    ['ndjson', 'jsonl'],
    ['XLSX', 'xlsx'],
  ])('%s is %s', (extension, format) => {
    expect(formatOfExtension(extension)).toBe(format);
  });

  // A name the table's object inherits is no extension it holds: the page once looked "plan.constructor" up as a format.
  it.each(['', 'xls', 'dat', 'json', 'constructor', '__proto__', 'toString', 'hasOwnProperty', '.csv'])('%j names no format', (extension) => {
    expect(formatOfExtension(extension)).toBeUndefined();
  });

  it('is what the CLI reads a plan file by', () => {
    expect(planFormat('plans/June.TSV', undefined)).toBe('csv');
    expect(planFormat('export.txt', undefined)).toBe('csv');
    expect(planFormat('-', undefined)).toBe('csv');
    expect(refusal('plan.constructor')).toEqual({ code: 'unknown-plan-format', params: { file: 'plan.constructor' } });
    expect(refusal('plan.XLS')).toEqual({ code: 'unknown-plan-format', params: { file: 'plan.XLS', xls: 'true' } });
    // A name that is all extension is a hidden file with none, as Node's extname reads it.
    expect(refusal('.csv')).toEqual({ code: 'unknown-plan-format', params: { file: '.csv' } });
  });
});

/** What planFormat throws for a file named so, with no --format. */
function refusal(file: string): { code: string; params: unknown } | undefined {
  try {
    planFormat(file, undefined);
  } catch (error) {
    if (error instanceof InputError) return { code: error.code, params: error.params };
    throw error;
  }
  return undefined;
}

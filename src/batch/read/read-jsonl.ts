// JSON Lines: one object per line, its keys read as the header of that row.
import { wordedError, type InputError } from '../../engine/errors.js';
import type { RecordSink } from './records.js';

interface JsonRecord {
  header: string[];
  cells: string[];
  error: InputError | undefined;
}

export async function readJsonl(text: AsyncIterable<string>, sink: RecordSink): Promise<void> {
  let line = 0;
  let rest = '';
  const take = (content: string) => {
    line++;
    if (content.trim() === '') return;
    const { header, cells, error } = record(content);
    sink(line, header, cells, error);
  };
  for await (const chunk of text) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop()!;
    for (const part of parts) take(part);
  }
  if (rest !== '') take(rest);
}

function record(content: string): JsonRecord {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    return { header: [], cells: [], error: wordedError('jsonl-invalid', { reason: (error as Error).message }) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { header: [], cells: [], error: wordedError('jsonl-not-object', { type: Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value }) };
  }
  const header: string[] = [];
  const cells: string[] = [];
  const bad: string[] = [];
  for (const [key, cell] of Object.entries(value)) {
    header.push(key);
    if (typeof cell === 'string') cells.push(cell);
    else if (typeof cell === 'number' || typeof cell === 'boolean') cells.push(String(cell));
    else if (cell === null) cells.push('');
    else {
      cells.push(JSON.stringify(cell));
      bad.push(key);
    }
  }
  return { header, cells, error: bad.length > 0 ? wordedError('jsonl-bad-values', { keys: bad.map((key) => `"${key}"`).join(', ') }) : undefined };
}

// JSON Lines: one object per line, its keys read as the header of that row.
import type { InputRecord, RecordSink } from './records.js';

export async function readJsonl(text: AsyncIterable<string>, sink: RecordSink): Promise<void> {
  let line = 0;
  let rest = '';
  const take = (content: string) => {
    line++;
    if (content.trim() !== '') sink(record(line, content));
  };
  for await (const chunk of text) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop()!;
    for (const part of parts) take(part);
  }
  if (rest !== '') take(rest);
}

function record(line: number, content: string): InputRecord {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    return { line, header: [], cells: [], error: `not a JSON object: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line, header: [], cells: [], error: `not a JSON object but ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`}: each line holds one object with source, surface and date` };
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
  const result: InputRecord = { line, header, cells };
  return bad.length > 0 ? { ...result, error: `${bad.map((key) => `"${key}"`).join(', ')} must be a string, number or null` } : result;
}

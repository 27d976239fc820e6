// How wide text for people may be: COLUMNS when it holds a number (a user's choice, or
// a test's), else the terminal's width when stdout is one; undefined for a pipe or a
// file, where a line is not cut for a screen.
import type { CliContext } from './context.js';

export function terminalWidth(context: CliContext): number | undefined {
  const columns = Number(context.env.COLUMNS);
  if (Number.isInteger(columns) && columns > 0) return Math.min(1000, Math.max(20, columns));
  const width = context.stdoutIsTTY ? context.columns?.() : undefined;
  return width ? Math.min(1000, Math.max(20, width)) : undefined;
}

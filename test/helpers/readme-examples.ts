// The examples of README and docs/ as a shell reads them.

/** Arguments as a shell splits them, for the simple quoting the examples use (double quotes kept together). */
export function shellWords(text: string): string[] {
  return [...text.matchAll(/"([^"]*)"|(\S+)/g)].map((part) => part[1] ?? part[2]!);
}

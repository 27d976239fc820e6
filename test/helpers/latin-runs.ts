// English left in Chinese output: runs of three or more Latin words, outside what is
// rightly shown as it is: quotes “…” and titles 《…》 (as published), addresses, seed
// paths, ids (rule, platform, source and surface ids, hyphenated or not), commands, options and zones.

/** The runs of three or more Latin words, after taking out what is shown as it is. */
export function latinRuns(text: string, ids: Iterable<string> = []): string[] {
  let rest = text
    // From the first “ to the last ” of a line: a quote may hold quotes of its own.
    .replace(/“.*”/g, ' ')
    .replace(/《[^》]*》/g, ' ')
    .replace(/"linkcheck [^"]*"/g, ' ')
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/\bseeds\/\S+/g, ' ')
    .replace(/(?:^|\s)--?[a-z][a-z-]*/g, ' ')
    .replace(/\b[A-Z][a-z]+\/[A-Za-z_]+\b/g, ' ');
  // Longest first, so that kuaishou-2022-03-cut is taken out before kuaishou.
  for (const id of [...ids].sort((a, b) => b.length - a.length)) rest = rest.split(id).join(' ');
  // Hyphenated ids that no list named (rule ids of the file at hand).
  rest = rest.replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, ' ');
  const runs = rest.match(/[A-Za-z][A-Za-z'’.]*(?:[ ,;:]+[A-Za-z][A-Za-z'’.]*){2,}/g) ?? [];
  return runs.map((run) => run.trim());
}

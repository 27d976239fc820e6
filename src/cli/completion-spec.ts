// What a shell completion script knows of the command line (completion-command.ts gathers it
// from the rules in use), and the words a script may hold as they are.

export interface CompletionCommand {
  /** "matrix", or "rules list" for a nested one; "" for the check itself. */
  name: string;
  flags: string[];
  /** Subcommands completed after it ("rules" → lint, schema, …). */
  subcommands: string[];
}

/** What completes a flag's value. */
export type ValueKind = 'platforms' | 'files' | 'langs' | 'fail-on' | 'none' | { choices: string[] };

export interface CompletionPlatform {
  /** Its id and aliases: any of them may follow -p. */
  names: string[];
  /** Its surfaces' ids and aliases. */
  surfaces: string[];
}

export interface CompletionSpec {
  commands: CompletionCommand[];
  /** Flags that take a value, each with what completes it. */
  values: Record<string, ValueKind>;
  platforms: CompletionPlatform[];
  /** The platform of a line without -p or LINKCHECK_PLATFORM. */
  defaultPlatform: string;
  /** Source ids and aliases, and group ids and aliases. */
  sources: string[];
  shells: string[];
  /** The outcomes --fail-on takes. */
  failOn: string[];
}

export type Shell = 'bash' | 'zsh' | 'fish';

/** A word a shell can take as it is: no spaces, quotes or characters the shell would expand. */
export function shellWord(word: string): boolean {
  return /^[^\s'"\\$`;&|<>(){}[\]*?!#~]+$/u.test(word);
}

export const words = (list: readonly string[]) => [...new Set(list.filter(shellWord))].join(' ');

/** Commands that may stand first on the line. */
export function topLevel(spec: CompletionSpec): string[] {
  return spec.commands.filter((command) => command.name !== '' && !command.name.includes(' ')).map((command) => command.name);
}

export function flagsOf(spec: CompletionSpec, name: string): string {
  return words(spec.commands.find((command) => command.name === name)?.flags ?? []);
}

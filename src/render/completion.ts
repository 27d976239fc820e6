// Shell completion scripts: commands, their flags, and the platform, source and
// surface names of the rules in use, written into the script when it is made.

export interface CompletionCommand {
  /** "matrix", or "rules list" for a nested one; "" for the check itself. */
  name: string;
  flags: string[];
  /** Subcommands completed after it ("rules" → lint, schema, …). */
  subcommands: string[];
}

export interface CompletionSpec {
  commands: CompletionCommand[];
  /** Flags that take a value, each with what completes it. */
  values: Record<string, 'platforms' | 'files' | 'langs' | 'none'>;
  platforms: string[];
  sources: string[];
  surfaces: string[];
  shells: string[];
}

export type Shell = 'bash' | 'zsh' | 'fish';

/** A word a shell can take as it is: no spaces, quotes or characters the shell would expand. */
export function shellWord(word: string): boolean {
  return /^[^\s'"\\$`;&|<>(){}[\]*?!#~]+$/u.test(word);
}

const words = (list: readonly string[]) => [...new Set(list.filter(shellWord))].join(' ');

/** The command a word line is in: the first words that are not flags or flag values. */
function topLevel(spec: CompletionSpec): CompletionCommand[] {
  return spec.commands.filter((command) => command.name !== '' && !command.name.includes(' '));
}

function flagsOf(spec: CompletionSpec, name: string): string {
  return words(spec.commands.find((command) => command.name === name)?.flags ?? []);
}

function valueFlags(spec: CompletionSpec, kind?: CompletionSpec['values'][string]): string {
  return Object.entries(spec.values)
    .filter(([, value]) => kind === undefined || value === kind)
    .map(([flag]) => flag)
    .join('|');
}

export function completionScript(shell: Shell, spec: CompletionSpec): string {
  switch (shell) {
    case 'bash':
      return bash(spec);
    case 'zsh':
      return zsh(spec);
    case 'fish':
      return fish(spec);
  }
}

/** Both shells read the same case arms: the flags of the command on the line. */
function commandCases(spec: CompletionSpec): string {
  const lines: string[] = [];
  for (const command of spec.commands) {
    if (command.name === '') continue;
    lines.push(`    "${command.name}") flags="${flagsOf(spec, command.name)}" ;;`);
  }
  lines.push(`    *) flags="${flagsOf(spec, '')}" ;;`);
  return lines.join('\n');
}

function nounCases(spec: CompletionSpec, offer: (list: string) => string): string {
  const lines: string[] = [];
  for (const command of spec.commands) {
    if (command.name !== '' && command.subcommands.length > 0) lines.push(`    "${command.name}") ${offer(`"${words(command.subcommands)}"`)} ;;`);
  }
  lines.push(`    completion) ${offer(`"${words(spec.shells)}"`)} ;;`);
  lines.push(`    matrix|diff|platforms|sources|surfaces|coverage|"rules schema"|"rules lint") ;;`);
  lines.push(`    "rules show") ;;`);
  lines.push(`    "") ${offer(`"${words(topLevel(spec).map((command) => command.name))} $sources"`)} ;;`);
  lines.push(`    *) ${offer('"$sources $surfaces"')} ;;`);
  return lines.join('\n');
}

function bash(spec: CompletionSpec): string {
  const offer = (list: string) => `COMPREPLY=($(compgen -W ${list} -- "$cur"))`;
  return `# linkcheck completion for bash. Load it with: source <(linkcheck completion bash)
_linkcheck() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local platforms="${words(spec.platforms)}"
  local sources="${words(spec.sources)}"
  local surfaces="${words(spec.surfaces)}"
  local cmd="" word skip=0 i flags
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    if ((skip)); then skip=0; continue; fi
    case "$word" in
      ${valueFlags(spec)}) skip=1 ;;
      -*) ;;
      *) if [[ -z "$cmd" ]]; then cmd="$word"; elif [[ "$cmd" == rules ]]; then cmd="rules $word"; fi ;;
    esac
  done
  case "$prev" in
    ${valueFlags(spec, 'platforms')}) ${offer('"$platforms"')}; return ;;
    ${valueFlags(spec, 'files')}) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    ${valueFlags(spec, 'langs')}) ${offer('"en zh"')}; return ;;
    ${valueFlags(spec, 'none')}) return ;;
  esac
  case "$cmd" in
${commandCases(spec)}
  esac
  if [[ "$cur" == -* ]]; then ${offer('"$flags"')}; return; fi
  case "$cmd" in
${nounCases(spec, offer)}
  esac
}
complete -F _linkcheck linkcheck
`;
}

function zsh(spec: CompletionSpec): string {
  const offer = (list: string) => `w=${list}; compadd -- \${=w}`;
  return `#compdef linkcheck
# linkcheck completion for zsh. Load it with: source <(linkcheck completion zsh) after compinit,
# or save it as _linkcheck in a folder of $fpath.
_linkcheck() {
  local cur="\${words[CURRENT]}" prev="\${words[CURRENT-1]}"
  local platforms="${words(spec.platforms)}"
  local sources="${words(spec.sources)}"
  local surfaces="${words(spec.surfaces)}"
  local cmd="" word skip=0 i flags w
  for ((i = 2; i < CURRENT; i++)); do
    word="\${words[i]}"
    if ((skip)); then skip=0; continue; fi
    case "$word" in
      ${valueFlags(spec)}) skip=1 ;;
      -*) ;;
      *) if [[ -z "$cmd" ]]; then cmd="$word"; elif [[ "$cmd" == rules ]]; then cmd="rules $word"; fi ;;
    esac
  done
  case "$prev" in
    ${valueFlags(spec, 'platforms')}) ${offer('"$platforms"')}; return ;;
    ${valueFlags(spec, 'files')}) _files; return ;;
    ${valueFlags(spec, 'langs')}) compadd -- en zh; return ;;
    ${valueFlags(spec, 'none')}) return ;;
  esac
  case "$cmd" in
${commandCases(spec)}
  esac
  if [[ "$cur" == -* ]]; then ${offer('"$flags"')}; return; fi
  case "$cmd" in
${nounCases(spec, offer)}
  esac
}
if [[ "\${funcstack[1]}" == _linkcheck ]]; then
  _linkcheck "$@"
else
  compdef _linkcheck linkcheck
fi
`;
}

function fish(spec: CompletionSpec): string {
  const top = topLevel(spec).map((command) => command.name);
  const lines = [
    '# linkcheck completion for fish. Save it as ~/.config/fish/completions/linkcheck.fish',
    'complete -c linkcheck -f',
    `complete -c linkcheck -n __fish_use_subcommand -a '${words(top)}'`,
    `complete -c linkcheck -n __fish_use_subcommand -a '${words(spec.sources)}' -d source`,
    `complete -c linkcheck -n 'not __fish_seen_subcommand_from ${words(['completion', 'rules', 'platforms', 'sources', 'surfaces', 'coverage', 'matrix', 'diff'])}' -a '${words(spec.surfaces)}' -d surface`,
    `complete -c linkcheck -n '__fish_seen_subcommand_from completion' -a '${words(spec.shells)}'`,
  ];
  for (const command of spec.commands) {
    if (command.name !== '' && command.subcommands.length > 0) lines.push(`complete -c linkcheck -n '__fish_seen_subcommand_from ${command.name}' -a '${words(command.subcommands)}'`);
  }
  const flags = new Set(spec.commands.flatMap((command) => command.flags));
  for (const flag of flags) {
    if (!shellWord(flag)) continue;
    const name = flag.startsWith('--') ? `-l ${flag.slice(2)}` : `-s ${flag.slice(1)}`;
    const value = spec.values[flag];
    const completes =
      value === 'platforms' ? ` -x -a '${words(spec.platforms)}'` : value === 'langs' ? " -x -a 'en zh'" : value === 'files' ? ' -r -F' : value === 'none' ? ' -x' : '';
    lines.push(`complete -c linkcheck ${name}${completes}`);
  }
  return `${lines.join('\n')}\n`;
}

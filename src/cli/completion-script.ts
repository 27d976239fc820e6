// Shell completion scripts that know the command line: commands and their flags,
// each flag's values, the sources (aliases and groups included) where a source
// goes, the surfaces of the platform on the line (-p, else LINKCHECK_PLATFORM, else
// the default) where a surface goes, and file names where a file goes. The names
// come from the rules in use and are written into the script when it is made.

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

const words = (list: readonly string[]) => [...new Set(list.filter(shellWord))].join(' ');

/** Commands that may stand first on the line. */
function topLevel(spec: CompletionSpec): string[] {
  return spec.commands.filter((command) => command.name !== '' && !command.name.includes(' ')).map((command) => command.name);
}

function flagsOf(spec: CompletionSpec, name: string): string {
  return words(spec.commands.find((command) => command.name === name)?.flags ?? []);
}

/** The flags with a value of this kind, as a case pattern (a|b|c), or null when there are none. */
function pattern(spec: CompletionSpec, test: (kind: ValueKind) => boolean): string | null {
  const flags = Object.entries(spec.values)
    .filter(([flag, kind]) => test(kind) && shellWord(flag))
    .map(([flag]) => flag);
  return flags.length === 0 ? null : flags.join('|');
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

/**
 * What bash and zsh share: a function naming the surfaces of a platform as typed, the walk
 * over the words before the cursor (the command, how many arguments it has, the platform),
 * and what to offer there. `offer` words a list, `files` offers file names.
 */
interface Dialect {
  /** The words before the cursor: from, to (exclusive), and the word at an index. */
  first: string;
  end: string;
  at: (index: string) => string;
  offer: (list: string) => string;
  /** Offer the list after a prefix (the outcomes before the last comma of --fail-on). */
  offerAfter: (prefix: string, list: string) => string;
  files: string;
}

function surfacesFunction(spec: CompletionSpec): string {
  const arms = spec.platforms
    .filter((platform) => platform.names.some(shellWord))
    .map((platform) => `    ${platform.names.filter(shellWord).join('|')}) printf '%s' "${words(platform.surfaces)}" ;;`);
  return `_linkcheck_surfaces() {
  case "$1" in
${arms.join('\n')}
    *) printf '%s' "${words(spec.platforms.flatMap((platform) => platform.surfaces))}" ;;
  esac
}`;
}

function body(spec: CompletionSpec, d: Dialect): string {
  const skipValue = pattern(spec, () => true);
  const platformFlags = pattern(spec, (kind) => kind === 'platforms');
  const valueArms: string[] = [];
  const arm = (flags: string | null, action: string) => {
    if (flags) valueArms.push(`    ${flags}) ${action}; return ;;`);
  };
  arm(platformFlags, d.offer(`"${words(spec.platforms.flatMap((platform) => platform.names))}"`));
  arm(pattern(spec, (kind) => kind === 'files'), d.files);
  arm(pattern(spec, (kind) => kind === 'langs'), d.offer('"en zh"'));
  arm(pattern(spec, (kind) => kind === 'fail-on'), `if [[ "$cur" == *,* ]]; then ${d.offerAfter('"${cur%,*},"', `"${words(spec.failOn)}"`)}; else ${d.offer(`"${words(spec.failOn)}"`)}; fi`);
  for (const [flag, kind] of Object.entries(spec.values)) {
    if (typeof kind === 'object' && shellWord(flag)) arm(flag, d.offer(`"${words(kind.choices)}"`));
  }
  arm(pattern(spec, (kind) => kind === 'none'), ':');

  const flagArms = spec.commands.filter((command) => command.name !== '').map((command) => `    "${command.name}") flags="${flagsOf(spec, command.name)}" ;;`);
  flagArms.push(`    *) flags="${flagsOf(spec, '')}" ;;`);
  const subcommandArms = spec.commands.filter((command) => command.name !== '' && command.subcommands.length > 0).map((command) => `    "${command.name}") ((npos == 0)) && ${d.offer(`"${words(command.subcommands)}"`)} ;;`);

  return `  local sources="${words(spec.sources)}"
  local commands="${words(topLevel(spec))}"
  local cmd="" word i npos=0 skip=0 flags platform="\${LINKCHECK_PLATFORM:-${spec.defaultPlatform}}"
  for ((i = ${d.first}; i < ${d.end}; i++)); do
    word="${d.at('i')}"
    if ((skip)); then skip=0; continue; fi
    case "$word" in
${platformFlags ? `      ${platformFlags}) skip=1; ((i + 1 < ${d.end})) && platform="${d.at('i + 1')}" ;;\n` : ''}${skipValue ? `      ${skipValue}) skip=1 ;;\n` : ''}      -*) ;;
      *)
        if [[ -z "$cmd" && $npos -eq 0 && " $commands " == *" $word "* ]]; then cmd="$word"
        elif [[ "$cmd" == rules && $npos -eq 0 ]]; then cmd="rules $word"
        else ((npos++)); fi ;;
    esac
  done
  case "$prev" in
${valueArms.join('\n')}
  esac
  case "$cmd" in
${flagArms.join('\n')}
  esac
  if [[ "$cur" == -* ]]; then ${d.offer('"$flags"')}; return; fi
  case "$cmd" in
    "")
      # A check: the source, then a surface of the platform on the line.
      if ((npos == 0)); then ${d.offer('"$commands $sources"')}
      elif ((npos == 1)); then ${d.offer('"$(_linkcheck_surfaces "$platform")"')}; fi ;;
    timeline)
      if ((npos == 0)); then ${d.offer('"$sources"')}
      elif ((npos == 1)); then ${d.offer('"$(_linkcheck_surfaces "$platform")"')}; fi ;;
    classify) ${d.offer('"$sources"')} ;;
    batch|"rules lint") ${d.files} ;;
    completion) ((npos == 0)) && ${d.offer(`"${words(spec.shells)}"`)} ;;
    help) ((npos == 0)) && ${d.offer('"$commands"')} ;;
${subcommandArms.join('\n')}
  esac`;
}

function bash(spec: CompletionSpec): string {
  const dialect: Dialect = {
    first: '1',
    end: 'COMP_CWORD',
    at: (index) => `\${COMP_WORDS[${index}]}`,
    offer: (list) => `COMPREPLY=($(compgen -W ${list} -- "$cur"))`,
    offerAfter: (prefix, list) => `COMPREPLY=($(compgen -P ${prefix} -W ${list} -- "\${cur##*,}"))`,
    files: 'compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur"))',
  };
  return `# linkcheck completion for bash. Load it with: source <(linkcheck completion bash)
${surfacesFunction(spec)}
_linkcheck() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
${body(spec, dialect)}
}
complete -F _linkcheck linkcheck
`;
}

function zsh(spec: CompletionSpec): string {
  const dialect: Dialect = {
    first: '2',
    end: 'CURRENT',
    at: (index) => `\${words[${index}]}`,
    offer: (list) => `w=${list}; compadd -- \${=w}`,
    offerAfter: (prefix, list) => `w=${list}; compadd -P ${prefix} -- \${=w}`,
    files: '_files',
  };
  return `#compdef linkcheck
# linkcheck completion for zsh. Load it with: source <(linkcheck completion zsh) after compinit,
# or save it as _linkcheck in a folder of $fpath.
${surfacesFunction(spec)}
_linkcheck() {
  local cur="\${words[CURRENT]}" prev="\${words[CURRENT-1]}" w
${body(spec, dialect)}
}
if [[ "\${funcstack[1]}" == _linkcheck ]]; then
  _linkcheck "$@"
else
  compdef _linkcheck linkcheck
fi
`;
}

/**
 * fish: the flags and their values declared with complete, and one function that reads
 * the line (commandline -opc) for what goes where no flag is.
 */
function fish(spec: CompletionSpec): string {
  const valueFlags = Object.keys(spec.values).filter(shellWord);
  const surfaceArms = spec.platforms
    .filter((platform) => platform.names.some(shellWord))
    .map((platform) => `    case ${platform.names.filter(shellWord).join(' ')}\n      printf '%s\\n' ${words(platform.surfaces)}`);
  const subcommandArms = spec.commands
    .filter((command) => command.name !== '' && command.subcommands.length > 0)
    .map((command) => `    case '${command.name}'\n      test $npos -eq 0; and printf '%s\\n' ${words(command.subcommands)}`);
  const lines = [
    '# linkcheck completion for fish. Save it as ~/.config/fish/completions/linkcheck.fish',
    'function __linkcheck_surfaces',
    '  switch $argv[1]',
    ...surfaceArms,
    '    case \'*\'',
    `      printf '%s\\n' ${words(spec.platforms.flatMap((platform) => platform.surfaces))}`,
    '  end',
    'end',
    'function __linkcheck_complete',
    '  set -l tokens (commandline -opc)',
    `  set -l commands ${words(topLevel(spec))}`,
    `  set -l sources ${words(spec.sources)}`,
    `  set -l value_flags ${valueFlags.join(' ')}`,
    `  set -l platform ${spec.defaultPlatform}`,
    '  set -q LINKCHECK_PLATFORM; and test -n "$LINKCHECK_PLATFORM"; and set platform $LINKCHECK_PLATFORM',
    "  set -l cmd ''",
    '  set -l npos 0',
    '  set -l skip 0',
    '  set -l previous',
    '  for token in $tokens[2..-1]',
    '    if test $skip -eq 1',
    '      set skip 0',
    '      contains -- $previous -p --platform; and set platform $token',
    '      continue',
    '    end',
    '    set previous $token',
    '    if contains -- $token $value_flags',
    '      set skip 1',
    '    else if string match -q -- \'-*\' $token',
    "    else if test -z \"$cmd\" -a $npos -eq 0; and contains -- $token $commands",
    '      set cmd $token',
    '    else if test "$cmd" = rules -a $npos -eq 0',
    "      set cmd \"rules $token\"",
    '    else',
    '      set npos (math $npos + 1)',
    '    end',
    '  end',
    '  switch $cmd',
    "    case ''",
    '      if test $npos -eq 0',
    "        printf '%s\\n' $commands $sources",
    '      else if test $npos -eq 1',
    '        __linkcheck_surfaces $platform',
    '      end',
    '    case timeline',
    '      if test $npos -eq 0',
    "        printf '%s\\n' $sources",
    '      else if test $npos -eq 1',
    '        __linkcheck_surfaces $platform',
    '      end',
    '    case classify',
    "      printf '%s\\n' $sources",
    "    case batch 'rules lint'",
    '      __fish_complete_path (commandline -ct)',
    '    case completion',
    `      test $npos -eq 0; and printf '%s\\n' ${words(spec.shells)}`,
    '    case help',
    "      test $npos -eq 0; and printf '%s\\n' $commands",
    ...subcommandArms,
    '  end',
    'end',
    'function __linkcheck_fail_on',
    '  set -l token (commandline -ct)',
    "  set -l before (string replace -r '[^,]*$' '' -- $token)",
    `  printf "$before%s\\n" ${words(spec.failOn)}`,
    'end',
    'complete -c linkcheck -f',
    "complete -c linkcheck -n 'not string match -q -- \"-*\" (commandline -ct)' -a '(__linkcheck_complete)'",
  ];
  const flags = new Set(spec.commands.flatMap((command) => command.flags));
  for (const flag of flags) {
    if (!shellWord(flag)) continue;
    const name = flag.startsWith('--') ? `-l ${flag.slice(2)}` : `-s ${flag.slice(1)}`;
    const value = spec.values[flag];
    const completes =
      value === undefined
        ? ''
        : value === 'platforms'
          ? ` -x -a '${words(spec.platforms.flatMap((platform) => platform.names))}'`
          : value === 'langs'
            ? " -x -a 'en zh'"
            : value === 'files'
              ? ' -r -F'
              : value === 'fail-on'
                ? " -x -a '(__linkcheck_fail_on)'"
                : value === 'none'
                  ? ' -x'
                  : ` -x -a '${words(value.choices)}'`;
    lines.push(`complete -c linkcheck ${name}${completes}`);
  }
  return `${lines.join('\n')}\n`;
}

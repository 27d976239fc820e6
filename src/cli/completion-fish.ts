// The fish completion script (completion-script.ts makes bash's and zsh's).
import { shellWord, topLevel, words, type CompletionSpec } from './completion-spec.js';

/**
 * fish: the flags and their values declared with complete, and one function that reads
 * the line (commandline -opc) for what goes where no flag is.
 */
export function fish(spec: CompletionSpec): string {
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

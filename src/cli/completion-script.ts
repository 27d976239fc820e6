// Shell completion scripts that know the command line: commands and their flags,
// each flag's values, the sources (aliases and groups included) where a source
// goes, the surfaces of the platform on the line (-p, else LINKCHECK_PLATFORM, else
// the default) where a surface goes, and file names where a file goes. The names
// come from the rules in use and are written into the script when it is made.
import { fish } from './completion-fish.js';
import { flagsOf, shellWord, topLevel, words, type CompletionSpec, type Shell, type ValueKind } from './completion-spec.js';

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

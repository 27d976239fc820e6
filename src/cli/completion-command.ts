// linkcheck completion bash|zsh|fish: a completion script from the commands as
// defined and the names in the rules in use (--rules files included).
import type { Command } from 'commander';
import { isInputName, normalizeName, type ShownName } from '../engine/names.js';
import { wordedError } from '../errors/errors.js';
import { shownInput } from '../link/named-input.js';
import { loadCatalog } from '../load/load-catalog.js';
import { DEFAULT_PLATFORM } from '../query/ask.js';
import { POLICY_OUTCOMES } from '../batch/summary.js';
import { completionScript } from './completion-script.js';
import type { CompletionCommand, CompletionSpec, Shell, ValueKind } from './completion-spec.js';
import type { CliContext } from './context.js';
import { loadOptions } from './rule-options.js';
import { viewSettings } from './view-options.js';

const SHELLS: readonly Shell[] = ['bash', 'zsh', 'fish'];

export async function runCompletion(context: CliContext, [shell = '']: string[], command: Command, program: Command): Promise<number> {
  const settings = viewSettings(context, command);
  if (!(SHELLS as readonly string[]).includes(shell)) throw wordedError('bad-shell', { value: shownInput(shell) });
  const catalog = await loadCatalog(loadOptions(context, settings));
  // Ids, aliases and the shown names taken as input (engine/names.ts isInputName).
  const named = (entities: Iterable<{ id: string; aliases: readonly string[]; name?: ShownName }>) => [...new Set([...entities].flatMap((entity) => [entity.id, ...entity.aliases, ...inputNames(entity.name)]))];
  const platforms = [...catalog.platforms.values()];
  const spec: CompletionSpec = {
    ...commandsOf(program),
    platforms: platforms.map((platform) => ({ names: named([platform]), surfaces: named(platform.surfaces) })),
    defaultPlatform: DEFAULT_PLATFORM,
    // Groups (taobao-alliance, Taobao Alliance) are asked about as sources are.
    sources: [...named(catalog.sources.values()), ...named(catalog.groups.values())],
    shells: [...SHELLS],
    failOn: [...POLICY_OUTCOMES, 'none', 'all'],
  };
  context.stdout(completionScript(shell as Shell, spec));
  return 0;
}

/** The shown names (English, Chinese) a person may type for an entity, as they are shown. */
function inputNames(name: ShownName | undefined): string[] {
  const shown = typeof name === 'object' ? [name.en, name.zh] : [name];
  return shown.filter((text): text is string => text !== undefined && text.trim() !== '' && isInputName(normalizeName(text)));
}

/** Every command with its flags, and what completes each flag's value. */
export function commandsOf(program: Command): Pick<CompletionSpec, 'commands' | 'values'> {
  const commands: CompletionCommand[] = [];
  const values: CompletionSpec['values'] = {};
  const visit = (command: Command, name: string) => {
    const flags = ['-h', '--help'];
    for (const option of command.options) {
      const names = [option.short, option.long].filter((flag): flag is string => flag !== undefined);
      flags.push(...names);
      if (option.required || option.optional) {
        for (const flag of names) values[flag] = valueKind(option.attributeName(), option.argChoices);
      }
    }
    commands.push({ name, flags, subcommands: command.commands.map((sub) => sub.name()) });
    for (const sub of command.commands) visit(sub, name === '' ? sub.name() : `${name} ${sub.name()}`);
  };
  visit(program, '');
  // commander's own help command is no entry of program.commands: "linkcheck help <command>".
  if (!commands.some((command) => command.name === 'help')) commands.push({ name: 'help', flags: [], subcommands: [] });
  return { commands, values };
}

/** What completes an option's value, by its name: files for the paths it reads or writes. */
function valueKind(name: string, choices: string[] | undefined): ValueKind {
  if (choices) return { choices };
  if (name === 'platform') return 'platforms';
  if (name === 'lang') return 'langs';
  if (name === 'failOn') return 'fail-on';
  if (['rules', 'svg', 'junit', 'markdown'].includes(name)) return 'files';
  return 'none';
}

// linkcheck completion bash|zsh|fish: a completion script from the commands as
// defined and the names in the rules in use (--rules files included).
import type { Command } from 'commander';
import { InputError } from '../engine/errors.js';
import { format } from '../i18n/index.js';
import { shownInput } from '../link/classify.js';
import { loadCatalog } from '../load/load-catalog.js';
import { completionScript, type CompletionCommand, type CompletionSpec, type Shell } from '../render/completion.js';
import type { CliContext } from './context.js';
import { loadOptions } from './rule-options.js';
import { viewSettings } from './view-options.js';

const SHELLS: readonly Shell[] = ['bash', 'zsh', 'fish'];

export async function runCompletion(context: CliContext, [shell = '']: string[], command: Command, program: Command): Promise<number> {
  const settings = viewSettings(context, command);
  if (!(SHELLS as readonly string[]).includes(shell)) throw new InputError(format(settings.lang, 'error.shell', { value: shownInput(shell) }));
  const catalog = await loadCatalog(loadOptions(context, settings));
  const named = (entities: Iterable<{ id: string; aliases: readonly string[] }>) => [...entities].flatMap((entity) => [entity.id, ...entity.aliases]);
  const platforms = [...catalog.platforms.values()];
  const spec: CompletionSpec = {
    ...commandsOf(program),
    platforms: named(platforms),
    sources: named(catalog.sources.values()),
    surfaces: named(platforms.flatMap((platform) => platform.surfaces)),
    shells: [...SHELLS],
  };
  context.stdout(completionScript(shell as Shell, spec));
  return 0;
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
        const kind = option.attributeName() === 'platform' ? 'platforms' : ['rules', 'svg'].includes(option.attributeName()) ? 'files' : option.attributeName() === 'lang' ? 'langs' : 'none';
        for (const flag of names) values[flag] = kind;
      }
    }
    commands.push({ name, flags, subcommands: command.commands.map((sub) => sub.name()) });
    for (const sub of command.commands) visit(sub, name === '' ? sub.name() : `${name} ${sub.name()}`);
  };
  visit(program, '');
  return { commands, values };
}

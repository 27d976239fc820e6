// commander reports usage errors as English sentences; this turns them into
// catalogue messages with their values, so they are worded, escaped and coded
// like every other error. commander is pinned: test/cli/errors.test.ts fails
// if its wording changes under these patterns.
import type { Command, CommanderError } from 'commander';
import { InputError, inputError } from '../errors/errors.js';

const SUGGESTION = /\n\(Did you mean (.*)\?\)$/su;

/**
 * The subcommand the arguments run ("rules show"), found as commander finds it: each word that
 * names a subcommand of the one before, options (and the values they take) passed over; undefined
 * for the program itself. A "--" ends a command's options, not the search: the word after it may
 * still name a subcommand (linkcheck rules -- show), whose own options are read again.
 */
export function subcommandOf(program: Command, argv: readonly string[]): string | undefined {
  const names: string[] = [];
  let current = program;
  let operands = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (!operands && arg === '--') {
      operands = true;
      continue;
    }
    if (!operands && arg.startsWith('-')) {
      const option = current.options.find((known) => known.short === arg || known.long === arg);
      if (option !== undefined && (option.required || option.optional) && !arg.includes('=')) index++;
      continue;
    }
    const next = current.commands.find((command) => command.name() === arg || command.aliases().includes(arg));
    if (next === undefined) break;
    names.push(next.name());
    current = next;
    operands = false;
  }
  return names.length === 0 ? undefined : names.join(' ');
}

/** `argv`: the arguments `program` was given, to name the subcommand whose help a usage error points to. */
export function fromCommander(error: CommanderError, program: Command, argv: readonly string[]): InputError {
  const message = error.message.replace(/^error: /u, '');
  const suggested = SUGGESTION.exec(message)?.[1];
  const text = message.replace(SUGGESTION, '');
  const suggestion = suggested === undefined ? {} : { suggestion: suggested };
  // The subcommand whose help the message points to, when the arguments run one.
  const inCommand = (): { command?: string } => {
    const subcommand = subcommandOf(program, argv);
    return subcommand ? { command: subcommand } : {};
  };
  let match: RegExpExecArray | null;
  switch (error.code) {
    case 'commander.unknownOption':
      if ((match = /^unknown option '(.*)'$/su.exec(text))) return inputError('unknown-option', { option: match[1]!, ...suggestion, ...inCommand() });
      break;
    case 'commander.unknownCommand':
      if ((match = /^unknown command '(.*)'$/su.exec(text))) return inputError('unknown-command', { command: match[1]!, ...suggestion });
      break;
    case 'commander.missingArgument':
      if ((match = /^missing required argument '(.*)'$/su.exec(text))) return inputError('missing-argument', { name: match[1]!, ...inCommand() });
      break;
    case 'commander.optionMissingArgument':
      if ((match = /^option '(.*)' argument missing$/su.exec(text))) return inputError('missing-option-value', { option: match[1]!, ...inCommand() });
      break;
    case 'commander.invalidArgument':
      if ((match = /^option '(?:-\w, )?(--[\w-]+)[^']*' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/su.exec(text))) {
        return inputError('bad-choice', { option: match[1]!, value: match[2]!, valid: match[3]! });
      }
      break;
    case 'commander.excessArguments':
      if ((match = /^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/su.exec(text))) {
        // commander names the subcommand by its last word ("list"); the arguments give its full name ("rules list").
        return inputError('too-many-arguments', { ...(match[1] !== undefined ? { command: subcommandOf(program, argv) ?? match[1] } : {}), expected: match[2]!, got: match[3]! });
      }
      break;
  }
  return inputError('usage', { detail: text });
}

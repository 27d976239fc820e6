// commander reports usage errors as English sentences; this turns them into
// catalogue messages with their values, so they are worded, escaped and coded
// like every other error. commander is pinned: test/cli/errors.test.ts fails
// if its wording changes under these patterns.
import type { Command, CommanderError } from 'commander';
import { InputError, inputError } from '../errors/errors.js';

const SUGGESTION = /\n\(Did you mean (.*)\?\)$/su;

/** The full name of the subcommand commander names by its last word: "list" → "rules list". */
function commandPath(program: Command | null, name: string): string {
  const path = (command: Command): string[] => [...(command.parent?.parent ? path(command.parent) : []), command.name()];
  const stack = program ? [...program.commands] : [];
  while (stack.length > 0) {
    const command = stack.shift()!;
    if (command.name() === name) return path(command).join(' ');
    stack.push(...command.commands);
  }
  return name;
}

export function fromCommander(error: CommanderError, command?: Command): InputError {
  const message = error.message.replace(/^error: /u, '');
  const suggested = SUGGESTION.exec(message)?.[1];
  const text = message.replace(SUGGESTION, '');
  const suggestion = suggested === undefined ? {} : { suggestion: suggested };
  let match: RegExpExecArray | null;
  switch (error.code) {
    case 'commander.unknownOption':
      if ((match = /^unknown option '(.*)'$/su.exec(text))) return inputError('unknown-option', { option: match[1]!, ...suggestion });
      break;
    case 'commander.unknownCommand':
      if ((match = /^unknown command '(.*)'$/su.exec(text))) return inputError('unknown-command', { command: match[1]!, ...suggestion });
      break;
    case 'commander.missingArgument':
      if ((match = /^missing required argument '(.*)'$/su.exec(text))) return inputError('missing-argument', { name: match[1]! });
      break;
    case 'commander.optionMissingArgument':
      if ((match = /^option '(.*)' argument missing$/su.exec(text))) return inputError('missing-option-value', { option: match[1]! });
      break;
    case 'commander.invalidArgument':
      if ((match = /^option '(?:-\w, )?(--[\w-]+)[^']*' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/su.exec(text))) {
        return inputError('bad-choice', { option: match[1]!, value: match[2]!, valid: match[3]! });
      }
      break;
    case 'commander.excessArguments':
      if ((match = /^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/su.exec(text))) {
        return inputError('too-many-arguments', { ...(match[1] !== undefined ? { command: commandPath(command ?? null, match[1]) } : {}), expected: match[2]!, got: match[3]! });
      }
      break;
  }
  return inputError('usage', { detail: text });
}

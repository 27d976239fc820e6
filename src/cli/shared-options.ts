// The options most commands share, declared here once: each program adds them with
// its own description (the help of a batch says what its --json prints).
import { Option } from 'commander';

export const jsonOption = (description: string): Option => new Option('--json', description);
export const langOption = (description: string): Option => new Option('--lang <lang>', description);
export const noColorOption = (description: string): Option => new Option('--no-color', description);

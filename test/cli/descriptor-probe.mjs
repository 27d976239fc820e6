// Writes what descriptorKind makes of standard output and error to the file named first, for
// descriptor-kind.test.ts to run with each kind of output.
import { writeFileSync } from 'node:fs';
import { descriptorKind } from '../../dist/internal.js';

writeFileSync(process.argv[2], JSON.stringify([descriptorKind(1), descriptorKind(2)]));

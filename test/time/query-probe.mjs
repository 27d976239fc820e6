// Reads [text, zone] pairs as JSON on standard input and prints what queryTime makes
// of each, for machine-zone.test.ts to compare under different TZ settings.
import { readFileSync } from 'node:fs';
import { formatInstant, queryTime } from '../../dist/internal.js';

const NOW = Date.UTC(2026, 10, 22, 2, 0, 0);
const pairs = JSON.parse(readFileSync(0, 'utf8'));
const answers = pairs.map(([text, zone]) => {
  try {
    const time = queryTime(text, zone, NOW);
    return [time.at, time.precision, time.dayEnd ?? null, formatInstant(time.at, zone)];
  } catch (error) {
    return error.message;
  }
});
process.stdout.write(JSON.stringify(answers));

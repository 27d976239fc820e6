// Writes README.md's coverage block (between the coverage:start and coverage:end
// markers) from the built-in rules: `npm run coverage:readme` after the rules change.
// test/views/coverage.test.ts fails while the block differs from what this writes.
import { readFileSync, writeFileSync } from 'node:fs';

const { coverageOf, ENGLISH, loadCatalog, readmeWithCoverage } = await import('../dist/internal.js');
const readme = readFileSync('README.md', 'utf8');
const written = readmeWithCoverage(readme, coverageOf(await loadCatalog({ root: process.cwd() })), ENGLISH);
if (written === readme && !readme.includes('<!-- coverage:start')) {
  console.error('coverage:readme: README.md has no coverage block (<!-- coverage:start… --> … <!-- coverage:end -->)');
  process.exit(1);
}
writeFileSync('README.md', written);
console.log(written === readme ? 'coverage:readme: README.md is up to date' : 'coverage:readme: wrote the coverage block of README.md');

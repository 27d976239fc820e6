// --version: the tool's version and the date of its built-in record (the newest
// publication date of any evidence on record, and when the rule files were last
// reviewed), from the build's compiled rules when they match the files.
import packageJson from '../../package.json' with { type: 'json' };
import type { CheckWords } from '../i18n/check-words.js';
import { loadCatalog } from '../load/load-catalog.js';
import { recordDate } from '../views/coverage.js';

export async function versionText(words: CheckWords, root?: string): Promise<string> {
  const catalog = await loadCatalog(root === undefined ? {} : { root });
  const newestEvidence = recordDate(catalog);
  const reviewed = catalog.reviewed ?? null;
  if (newestEvidence === null) return packageJson.version;
  return words.say('version.record', {
    version: packageJson.version,
    date: words.date(newestEvidence),
    reviewed: reviewed === null ? '' : words.say('version.reviewed', { date: words.date(reviewed) }),
  });
}

// The page's built files (npm run build:site → site/), read once when the service
// starts: every regular file of a served kind, by its name relative to the folder.
// The handler serves only these, from memory; no request path reaches the disk.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inputError } from '../errors/errors.js';
import { shownInput } from '../link/named-input.js';
import { siteType, type SiteFile, type SiteFiles } from '../serve/site.js';

/** Larger files are no page's: left out. */
const MAX_FILE = 50 * 1024 * 1024;
/** Folders deeper than this are not read. */
const MAX_DEPTH = 4;

/** The files, or undefined when the folder does not exist (the page is not built). */
export function readSiteFiles(folder: string): SiteFiles | undefined {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return undefined;
  const files = new Map<string, SiteFile>();
  const visit = (path: string, prefix: string, depth: number) => {
    for (const entry of readable(path, () => readdirSync(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const name = `${prefix}${entry.name}`;
      const full = join(path, entry.name);
      // Symbolic links are not followed: the page is what the build wrote, in this folder.
      if (entry.isDirectory() && depth < MAX_DEPTH) visit(full, `${name}/`, depth + 1);
      if (!entry.isFile()) continue;
      const type = siteType(entry.name);
      if (type === undefined || statSync(full).size > MAX_FILE) continue;
      files.set(name, { body: new Uint8Array(readable(full, () => readFileSync(full))), type });
    }
  };
  visit(folder, '', 0);
  return files.has('index.html') ? files : undefined;
}

/** What read() gives; a file or folder that cannot be read is one line naming it, not an internal error. */
function readable<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw inputError('unreadable-site', { file: shownInput(path, 200), reason: code === 'EACCES' || code === 'EPERM' ? 'permission' : (code ?? String(error)) });
  }
}

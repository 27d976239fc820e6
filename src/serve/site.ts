// The page's built files (npm run build:site writes them to site/), held in memory:
// the host reads the folder once at start-up and passes the files in. A request
// names one of them or nothing: no path from a request ever reaches a file system.
import { ownEntry } from '../model/own.js';

export interface SiteFile {
  body: Uint8Array;
  type: string;
}

/** By name relative to the folder, with "/" between folders: index.html, page.js, page.css. */
export type SiteFiles = ReadonlyMap<string, SiteFile>;

const TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  ico: 'image/x-icon',
  webp: 'image/webp',
  txt: 'text/plain; charset=utf-8',
  webmanifest: 'application/manifest+json; charset=utf-8',
};

/** A file's content type by its extension; a name of another kind is not served. */
export function siteType(name: string): string | undefined {
  const dot = name.lastIndexOf('.');
  const extension = name.slice(dot + 1).toLowerCase();
  return dot >= 0 ? ownEntry(TYPES, extension) : undefined;
}

/** Only the page's own script and style, no inline code, no other origin; pictures may be data: addresses (the page shows SVG that way). */
export const SITE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

/** The file a request path names: "/" is index.html; anything else must be a name exactly. */
export function siteFileFor(files: SiteFiles, path: string): SiteFile | undefined {
  if (path === '/') return files.get('index.html');
  if (!path.startsWith('/')) return undefined;
  return files.get(path.slice(1));
}

const etags = new WeakMap<SiteFile, Promise<string>>();

/** A strong ETag of the file: the start of the SHA-256 of its bytes, worked out once. */
export function etagOf(file: SiteFile): Promise<string> {
  let etag = etags.get(file);
  if (!etag) {
    etag = crypto.subtle.digest('SHA-256', file.body as Uint8Array<ArrayBuffer>).then((hash) => {
      const hex = [...new Uint8Array(hash).slice(0, 16)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
      return `"${hex}"`;
    });
    etags.set(file, etag);
  }
  return etag;
}

/** Whether If-None-Match names the ETag (or is *): compared weakly, as a GET's condition is (RFC 9110 section 13.1.2). */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//u, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

// The rule-file format's limits and patterns, without zod: the schema (schema.ts) and the
// loader's quick acceptance of a well-formed file (src/load/accept-rule-file.ts) share them.

/**
 * Caps on lengths and counts, so that a careless or hostile rule file cannot make
 * every query slow or crash (issue 7). Shared names (aliases, keywords) are short.
 */
export const LIMITS = {
  /** Ids, aliases and share-text keywords, in characters. */
  word: 64,
  /** Names, titles and publishers. */
  name: 200,
  /** Summaries, claims and decisions. */
  text: 2000,
  /** Notes and quotes. */
  long: 8000,
  url: 2048,
  /** Entries in a list of names, ids, domains or keywords. */
  list: 256,
  /** Pieces of evidence for one rule or dispute. */
  evidence: 64,
  /** Platforms, groups or sources defined in one file. */
  definitions: 1000,
  /** Rules in one file. */
  rules: 20000,
} as const;

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A domain as hosts are compared: lower-case ASCII labels (internationalised names in punycode),
 * at least two of them, the last not all digits. A lone top-level domain would claim every host
 * under it, so it is refused.
 */
export const DOMAIN_PATTERN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?=[a-z0-9-]*[a-z])[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
export const DOMAIN_MAX = 253;

/** A short-link host, optionally with the start of the path (www.kuaishou.com/f/). */
export const SHORT_LINK_PATTERN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9](?:\/[A-Za-z0-9._~\/-]*)?$/;

/** A URL scheme without the colon, lower-case: openapp.jdmobile, taobao. */
export const APP_SCHEME_PATTERN = /^[a-z][a-z0-9+.-]{0,31}$/;
/** Schemes of the web and the browser, which an app scheme cannot be. */
export const WEB_SCHEMES: readonly string[] = ['http', 'https', 'javascript', 'vbscript', 'data', 'file', 'blob', 'about'];

/**
 * A calendar date as zod's `z.iso.date()` reads it (leap years included); a test holds it to
 * zod's own pattern.
 */
export const ISO_DATE_PATTERN =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;

/** A web address with no user name, password or bare `@` before the host (`http://:@host/` has neither, but reads as if it had). */
export function hasNoCredentials(url: string): boolean {
  // A user name or password stands before an @, which nothing else in an address needs (#18: a file
  // of 10,000 rules parsed each evidence address once more here).
  if (!url.includes('@')) return true;
  const parsed = URL.parse(url);
  return parsed === null || (parsed.username === '' && parsed.password === '' && !/^[a-z][a-z0-9+.-]*:[/\\]*[^/\\?#]*@/i.test(url));
}

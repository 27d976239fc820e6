// Reads a web link from an argument with the WHATWG URL parser, so the host is
// the one a browser would connect to, whatever the text looks like
// (https://taobao.com@evil.example/ goes to evil.example).
import { normaliseHost } from './host.js';

export interface WebLink {
  url: string;
  host: string;
}

const WEB_SCHEMES: ReadonlySet<string> = new Set(['http', 'https']);

export function isWebScheme(scheme: string): boolean {
  return WEB_SCHEMES.has(scheme);
}

/**
 * The scheme the text starts with, lower-case, or null. Tabs and newlines are
 * dropped first, as the URL parser drops them (java\nscript: is javascript:).
 */
export function leadingScheme(text: string): string | null {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(text.replace(/[\t\n\r]/g, ''));
  if (!match) return null;
  const scheme = match[1]!.toLowerCase();
  // item.jd.com:8080/x is a host and a port, not a scheme.
  return scheme.includes('.') ? null : scheme;
}

/** The text as an http(s) URL with a host, or null. */
export function parseWebLink(text: string): WebLink | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (!isWebScheme(url.protocol.slice(0, -1)) || url.hostname === '') return null;
  return { url: url.href, host: normaliseHost(url.hostname) };
}

/** An argument that is a host with an optional path and no scheme: item.jd.com/1.html, taobao.com, //m.tb.cn/h.x. */
export function parseBareLink(text: string): WebLink | null {
  if (/\s/u.test(text)) return null;
  if (text.startsWith('//')) return parseWebLink(`https:${text}`);
  const authority = text.split(/[/?#\\]/, 1)[0]!;
  const host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '');
  const hostLike = /^[\p{L}\p{N}\p{M}.-]+$/u.test(host) && /\p{L}/u.test(host) && /[^.]\.[^.]/u.test(host);
  return hostLike ? parseWebLink(`https://${text}`) : null;
}

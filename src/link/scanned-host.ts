// The host the scanner reads in a link's authority, folded as the URL parser folds it (web-link.ts
// compares it with the parser's).
import { flatCode, HOST, infoOf, widthOf } from './code-points.js';
import { COLON, DASH, DOT, isAsciiLetterCode, isDigitCode } from './schemes.js';

/**
 * The host the scanner reads in an authority: after the last '@', without a port,
 * folded and lower-case; null when it holds anything but host characters (a quote,
 * CJK, an emoji, '%', an invisible character), where the scanner and the URL parser
 * could disagree.
 */
export function scannedHost(authority: string): string | null {
  const from = authority.lastIndexOf('@') + 1;
  // The last colon (folded) and whether only digits (folded) follow it.
  let colon = -1;
  let port = false;
  for (let index = from; index < authority.length; ) {
    const code = authority.codePointAt(index)!;
    const c = code < 0x80 ? code : flatCode(infoOf(code));
    if (c === COLON) {
      colon = index;
      port = true;
    } else if (!isDigitCode(c)) port = false;
    index += widthOf(code);
  }
  const end = colon >= 0 && port ? colon : authority.length;
  let host = '';
  let plain = true;
  for (let index = from; index < end; ) {
    const code = authority.codePointAt(index)!;
    if (code < 0x80 && (isAsciiLetterCode(code) || isDigitCode(code) || code === DASH || code === DOT)) {
      index++;
      continue;
    }
    const info = infoOf(code);
    if (!(info & HOST)) return null;
    if (flatCode(info) !== code) plain = false;
    index += widthOf(code);
  }
  if (plain) return authority.slice(from, end).toLowerCase();
  for (let index = from; index < end; ) {
    const code = authority.codePointAt(index)!;
    const c = flatCode(infoOf(code));
    host += c >= 0 ? String.fromCharCode(c) : String.fromCodePoint(code);
    index += widthOf(code);
  }
  return host.toLowerCase();
}

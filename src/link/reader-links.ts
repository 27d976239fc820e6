// What a reader may take for a link of its own, in a text whose links the scanner has read (scan.ts):
// a host name written as a word beside them (www.taobao.com, //item.taobao.com/…), and inside a link
// what follows where an app shows the link as ending: a scheme after text no web address holds as
// written (…1.html点我taobao://…, …【淘宝】https://…) or right after a quote, a bracket, a comma
// (…1.html"https://…, [jd](…1.html),[tb](https://…)). Classify.ts weighs what they lead to.
import { flatCode, HOST, infoOf, widthOf } from './code-points.js';
import { BACKSLASH, COLON, schemesIn, SLASH } from './schemes.js';

/**
 * Whether a scheme right after the character is inside the link as a parameter or a path
 * (…/?u=https://…, …?next=taobao://…, …#https://…): / ? = & @ % # \ :.
 */
const isParameterMark = (unit: number): boolean =>
  unit === SLASH || unit === 0x3f || unit === 0x3d || unit === 0x26 || unit === 0x40 || unit === 0x25 || unit === 0x23 || unit === BACKSLASH || unit === COLON;

/**
 * Where, in a link up to white space, a reader sees a link of its own begin: the first scheme past
 * the link's own (web, or one schemesIn reads with the app schemes given) that stands after text no
 * web address holds as written (a code point from U+0080 on: CJK, 【, a full-width comma), or right
 * after any character but / ? = & @ % # \ : (a quote, a bracket, a parenthesis, a comma, a pipe);
 * the link's length when none does.
 */
export function ownLinkAt(link: string, appSchemes: ReadonlySet<string>): number {
  const schemes = schemesIn(link, [], appSchemes);
  const from = schemes[0]?.at === 0 ? schemes[0].after : 0;
  let wide = from;
  while (wide < link.length && link.charCodeAt(wide) < 0x80) wide++;
  for (const { scheme, at } of schemes) {
    if (at < from) continue;
    // x+https://…, 1.html-taobao://…: the URL parser reads one scheme, a reader a link after the + or -.
    const inner = innerScheme(link, scheme, at, appSchemes);
    if (inner > at) return inner;
    if (at >= wide || !isParameterMark(link.charCodeAt(at - 1))) return at;
  }
  return link.length;
}

/**
 * Where a web scheme or an app scheme given ends a longer scheme after a '+', '-' or '.'
 * (x+https, html.taobao), as a reader sees a link begin; the scheme's own start when none does.
 */
function innerScheme(link: string, scheme: string, at: number, appSchemes: ReadonlySet<string>): number {
  for (let cut = 0; cut < scheme.length; cut++) {
    const c = scheme.charCodeAt(cut);
    if (c !== 0x2b && c !== 0x2d && c !== 0x2e) continue;
    const rest = scheme.slice(cut + 1);
    if (rest !== 'http' && rest !== 'https' && !appSchemes.has(rest)) continue;
    // The scheme is folded: walk its characters as written, one code point each.
    let index = at;
    for (let count = 0; count <= cut; count++) index += widthOf(link.codePointAt(index)!);
    return index;
  }
  return at;
}

/**
 * Where, past its own scheme, the link first holds a character that ends it for a reader: white
 * space, a code point from U+0080 on (CJK, 【, a full-width comma), or an ASCII character other than
 * a letter, a digit and - . _ ~ + $ / ? = & @ % # \ : (a quote, a bracket, a comma…); its length
 * when none does. A host named after it may be shown as a link of its own.
 */
export function readerEnd(link: string, appSchemes: ReadonlySet<string>): number {
  const [own] = schemesIn(link, [], appSchemes);
  let end = own?.at === 0 ? own.after : 0;
  while (end < link.length && holdsAsWritten(link.charCodeAt(end))) end++;
  return end;
}

/** Whether a web address holds the code unit as written, without a reader taking it for its end (readerEnd). */
function holdsAsWritten(unit: number): boolean {
  if ((unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x30 && unit <= 0x39)) return true;
  return unit === 0x2d || unit === 0x2e || unit === 0x5f || unit === 0x7e || unit === 0x2b || unit === 0x24 || isParameterMark(unit);
}

/**
 * For a text's links (each up to white space or a link of its own, ownLinkAt) and the words beside
 * them: the host names written in the words beside, or in a link after where a reader sees it end
 * (readerEnd), hostMentions.
 */
export function readerHosts(links: readonly string[], beside: string, appSchemes: ReadonlySet<string>): string[] {
  return hostMentions([beside, ...links.map((link) => link.slice(readerEnd(link, appSchemes)))].join(' '));
}

/** A dot, or a character the URL parser reads as one (see code-points.ts fold). */
const HAS_DOT = /[.\u3002\uff0e\uff61]/;

/**
 * The host names written in the text as words (www.taobao.com, //item.taobao.com/…, detail。tmall。com):
 * each run of host characters with two labels or more, no empty one and a last label that is not all
 * digits, folded to lower-case ASCII; every one of them, each once, however many a title's
 * measures (1.5kg, 2.0L) make: one missed could be a link an app shows. Linear in the length of the
 * text (an argument, a plan's cell or a request's field holds 64 KiB at most).
 */
export function hostMentions(text: string): string[] {
  return [...new Set(hostSpans(text).map(({ host }) => host))];
}

/** A host name written in the text (hostMentions): where it starts and ends there, and the host as folded. */
export interface HostSpan {
  start: number;
  end: number;
  host: string;
}

/** Each host name written in the text (hostMentions), with where it lies, in order. */
export function hostSpans(text: string): HostSpan[] {
  const spans: HostSpan[] = [];
  // Most words beside a link (a title, 点击链接直接打开) hold no dot at all: then no host is read.
  if (!HAS_DOT.test(text)) return spans;
  let run = '';
  let start = 0;
  for (let index = 0; index <= text.length; ) {
    const code = index < text.length ? text.codePointAt(index)! : -1;
    const info = code < 0 ? 0 : infoOf(code);
    const c = flatCode(info);
    if (code >= 0 && info & HOST && c >= 0) {
      if (run === '') start = index;
      run += String.fromCharCode(c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
      index += widthOf(code);
      continue;
    }
    const host = run.endsWith('.') ? run.slice(0, -1) : run;
    const labels = host.split('.');
    if (labels.length >= 2 && !labels.includes('') && /[^0-9]/.test(labels.at(-1)!)) spans.push({ start, end: index, host });
    run = '';
    index += code < 0 ? 1 : widthOf(code);
  }
  return spans;
}

// One model of "the link in this text": the link a person would open by tapping
// it. A hand-written scanner, linear in the length of the text (no regular
// expression runs over the input), so a megabyte of pasted text costs little.
// The link it finds is a LinkCandidate (link-candidate.ts). See docs/links.md.
import { CJK_CHAR, flatAt, flatCode, HOST, infoOf, LEAD_IN, SPACE, widthOf } from './code-points.js';
import { bareHost, candidate, chunkEnd, type LinkCandidate } from './link-candidate.js';
import { BACKSLASH, COLON, DASH, schemesIn, SLASH, type SchemeAt, type SchemeFound } from './schemes.js';

const AT = 0x40;
const QUESTION = 0x3f;
const HASH = 0x23;

/**
 * The text trimmed as the WHATWG URL parser trims it: leading and trailing C0
 * controls and spaces (\x1fjavascript: is javascript:). Tabs, CR and LF inside
 * are kept: the parser would drop them and join what they separate
 * (https://evil.cn\n.jd.com is evil.cn.jd.com to it), but a reader sees the pieces
 * apart, so here every kind of white space ends a link (issue 14).
 */
export function trimControls(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return text.slice(start, end);
}

export interface ScanResult {
  /** Schemes other than http and https, in order. */
  otherSchemes: SchemeFound[];
  link: LinkCandidate | null;
}

/**
 * The first link in the text, and every other scheme the text names (schemesIn: a word and a colon
 * before anything but // is a scheme only if it opens something without slashes, as the app
 * schemes given do). Linear in the length of the text.
 */
export function scanText(text: string, appSchemes?: ReadonlySet<string>): ScanResult {
  const otherSchemes: SchemeFound[] = [];
  const web: SchemeAt[] = [];
  const broken: number[] = [];
  for (const found of schemesIn(text, broken, appSchemes)) {
    if (found.scheme === 'http' || found.scheme === 'https') web.push(found);
    else otherSchemes.push({ scheme: found.scheme, at: found.at });
  }
  const link = firstLink(text, web);
  if (link && broken.length > 0 && broken[0]! < link.at) link.doubtful = true;
  if (otherSchemes.length > 0) markInside(text, otherSchemes, broken[0] ?? text.length);
  return { otherSchemes, link };
}

/**
 * Marks each scheme (in order) that stands inside another link, or after a web link broken by white
 * space (https:/ /…), as a web link there would be doubtful (firstLink, scanText). One pass.
 */
function markInside(text: string, schemes: SchemeFound[], brokenAt: number): void {
  let next = 0;
  let inside = false;
  for (let index = 0; index < text.length && next < schemes.length; ) {
    for (; next < schemes.length && schemes[next]!.at === index; next++) {
      const found = schemes[next]!;
      if (inside) found.inLink = true;
      if (inside || brokenAt < index) found.inside = true;
    }
    const code = text.codePointAt(index)!;
    const info = infoOf(code);
    if (info & SPACE) inside = false;
    else if (isInsideLink(flatCode(info))) inside = true;
    index += widthOf(code);
  }
}

/** Whether a folded code makes a link after it, in the same run of non-space characters, part of another one (…/?u=https://…): / \ @ % ? # = &. */
const isInsideLink = (c: number): boolean => c === SLASH || c === BACKSLASH || c === AT || c === 0x25 || c === QUESTION || c === HASH || c === 0x3d || c === 0x26;

function firstLink(text: string, web: SchemeAt[]): LinkCandidate | null {
  const length = text.length;
  let chunkStart = 0;
  /** Whether only lead-in characters have come since the start of this run of non-space characters. */
  let leadIn = true;
  /** Whether a character that makes a link part of another one has come since the start of this run. */
  let inside = false;
  /** Whether a character a host could join onto (a letter, a digit, a dot, '/', '@'…) has come since the last CJK character, across white space. */
  let word = false;
  /**
   * Whether the text before the white space ends in CJK text and lead-in punctuation only, so
   * that a bare host after it would not join onto a word were the white space not there: after
   * "10:30 " or "evil.com 【 " the host is in doubt (a reader may see one word, #14).
   */
  let joinsCleanly = true;
  /** The end of the run of host characters the last bare-host attempt read, so that a run is read at most twice. */
  let runStart = -1;
  let runEnd = -1;
  /** The next web scheme, in the order they stand. */
  let nextWeb = 0;
  let previous = -1;
  /** The folded code of the last character before the current run of non-space characters. */
  let beforeRun = -1;
  let lastNonSpace = -1;
  for (let index = 0; index < length; ) {
    const code = text.codePointAt(index)!;
    const width = widthOf(code);
    const info = infoOf(code);
    const c = flatCode(info);
    if (info & SPACE) {
      if (chunkStart < index) joinsCleanly = !word;
      beforeRun = lastNonSpace;
      chunkStart = index + width;
      leadIn = true;
      inside = false;
      previous = c;
      index += width;
      continue;
    }
    while (nextWeb < web.length && web[nextWeb]!.at < index) nextWeb++;
    const scheme = web[nextWeb];
    if (scheme !== undefined && scheme.at === index) return withScheme(text, scheme, inside);
    if (leadIn && info & HOST) {
      if (index >= runEnd) {
        runStart = index;
        runEnd = hostEnd(text, index);
      }
      // Inside a run of host characters only its start and the first character after its
      // leading dashes can start a host: from any other dash the labels read the same as from
      // the start, so a run of dashes costs its length once, not its length squared (#14).
      if (index === runStart || (c !== DASH && previous === DASH)) {
        const whole = index === 0 && chunkEnd(text, 0) === length;
        const bare = bareHost(text, index, runEnd, whole, !joinsCleanly);
        if (bare) return bare;
      }
    }
    // A scheme-relative link (//item.jd.com/1.html) at the start of a run of non-space characters, with a host after its
    // slashes; not after a word and a colon (javascript: //…), which the URL parser reads as that scheme's link.
    if (index === chunkStart && c === SLASH && flatAt(text, index + width) === SLASH && beforeRun !== COLON) {
      const after = index + width + widthOf(text.codePointAt(index + width)!);
      if (after < length && infoOf(text.codePointAt(after)!) & HOST) return candidate(text, 'https:', after, index, { bare: true, doubtful: false });
    }
    if (!(info & LEAD_IN)) leadIn = false;
    if (isInsideLink(c)) inside = true;
    word = info & CJK_CHAR ? false : word || (info & HOST) !== 0 || !(info & LEAD_IN);
    previous = c;
    lastNonSpace = c;
    index += width;
  }
  return null;
}

function hostEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length) {
    const code = text.codePointAt(end)!;
    if (!(infoOf(code) & HOST)) break;
    end += widthOf(code);
  }
  return end;
}

function withScheme(text: string, { scheme, at, after }: SchemeAt, inside: boolean): LinkCandidate {
  let index = after;
  for (let c = flatAt(text, index); c === SLASH || c === BACKSLASH; c = flatAt(text, index)) index += widthOf(text.codePointAt(index)!);
  return candidate(text, `${scheme}://`, index, at, { bare: false, doubtful: inside });
}


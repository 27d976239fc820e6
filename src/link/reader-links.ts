// What a reader may take for a link of its own, in a text whose links the scanner has read (scan.ts):
// a host name written as a word beside them (www.taobao.com, //item.taobao.com/…), and inside a link
// what follows text no web address holds as written (…1.html点我taobao://…, …【淘宝】https://…),
// where an app shows the link as ending. Classify.ts weighs what they lead to.
import { flatCode, HOST, infoOf, widthOf } from './code-points.js';
import { schemesIn } from './schemes.js';

/**
 * For a text's links (each up to white space) and the words beside them: whether a link holds
 * another scheme after such text (`glued`), and the host names written in the words beside or in a
 * link after such text (`hosts`, hostMentions).
 */
export function readerLinks(links: readonly string[], beside: string): { glued: boolean; hosts: string[] } {
  const widths = links.map(wideFrom);
  const glued = links.some((link, index) => widths[index]! < link.length && schemesIn(link.slice(widths[index]!), []).length > 0);
  if (glued) return { glued, hosts: [] };
  return { glued, hosts: hostMentions([beside, ...links.map((link, index) => link.slice(widths[index]!))].join(' ')) };
}

/**
 * Where the link, past its own scheme (which may be written full-width), first holds a character
 * no web address holds as written (CJK, 【, a full-width comma); its length when none does.
 */
function wideFrom(link: string): number {
  const [own] = schemesIn(link, []);
  let wide = own?.at === 0 ? own.after : 0;
  while (wide < link.length && link.charCodeAt(wide) < 0x80) wide++;
  return wide;
}

/** A dot, or a character the URL parser reads as one (see code-points.ts fold). */
const HAS_DOT = /[.\u3002\uff0e\uff61]/;

/** At most this many host names are read from the words beside a text's links (hostMentions). */
const MENTIONS = 64;

/**
 * The host names written in the text as words (www.taobao.com, //item.taobao.com/…, detail。tmall。com):
 * each run of host characters with two labels or more, no empty one and a last label that is not all
 * digits, folded to lower-case ASCII; the first MENTIONS of them. Linear in the length of the text.
 */
export function hostMentions(text: string): string[] {
  const mentions: string[] = [];
  // Most words beside a link (a title, 点击链接直接打开) hold no dot at all: then no host is read.
  if (!HAS_DOT.test(text)) return mentions;
  let run = '';
  for (let index = 0; index <= text.length && mentions.length < MENTIONS; ) {
    const code = index < text.length ? text.codePointAt(index)! : -1;
    const info = code < 0 ? 0 : infoOf(code);
    const c = flatCode(info);
    if (code >= 0 && info & HOST && c >= 0) {
      run += String.fromCharCode(c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
      index += widthOf(code);
      continue;
    }
    const host = run.endsWith('.') ? run.slice(0, -1) : run;
    const labels = host.split('.');
    if (labels.length >= 2 && !labels.includes('') && /[^0-9]/.test(labels.at(-1)!)) mentions.push(host);
    run = '';
    index += code < 0 ? 1 : widthOf(code);
  }
  return mentions;
}

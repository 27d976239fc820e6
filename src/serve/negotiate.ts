// Content negotiation by Accept (RFC 9110 section 12.5.1), for the endpoints that
// answer as JSON or SVG: each type offered gets the weight of the most specific
// range that matches it (type/subtype, then type/*, then */*), q=0 refuses it,
// the heaviest wins, and a tie keeps the order offered (the default first).

/** One media range of an Accept header, lower case, with its weight. */
interface Range {
  type: string;
  subtype: string;
  q: number;
}

/** A qvalue: 0 to 1, at most three decimals (RFC 9110 section 12.4.2). */
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/u;

/** The ranges of an Accept header; a member that is no media range, or whose q is no qvalue, is left out. */
function ranges(accept: string): Range[] {
  const out: Range[] = [];
  for (const member of accept.split(',')) {
    const [range, ...params] = member.split(';').map((part) => part.trim());
    const [type, subtype, ...rest] = range!.toLowerCase().split('/');
    if (!type || !subtype || rest.length > 0) continue;
    let q = 1;
    let good = true;
    for (const param of params) {
      const [name, value = ''] = param.split('=').map((part) => part.trim());
      if (name!.toLowerCase() !== 'q') continue;
      if (QVALUE.test(value)) q = Number(value);
      else good = false;
    }
    if (good) out.push({ type, subtype, q });
  }
  return out;
}

/** How specifically a range matches a type: 3 exactly, 2 by its type alone, 1 as any type, 0 not at all. */
function specificity(range: Range, type: string, subtype: string): number {
  if (range.type === type && range.subtype === subtype) return 3;
  if (range.type === type && range.subtype === '*') return 2;
  if (range.type === '*' && range.subtype === '*') return 1;
  return 0;
}

/**
 * The type to answer with, of `offered` (the default first), by the Accept header; undefined
 * when the header refuses every one (406). No header, or an empty one, takes the default.
 */
export function negotiate(accept: string | null | undefined, offered: readonly string[]): string | undefined {
  const given = ranges(accept ?? '');
  if ((accept ?? '').trim() === '') return offered[0];
  let best: { type: string; q: number } | undefined;
  for (const type of offered) {
    const [main, sub] = type.toLowerCase().split('/') as [string, string];
    let match: { q: number; specificity: number } | undefined;
    for (const range of given) {
      const how = specificity(range, main, sub);
      if (how > 0 && (match === undefined || how > match.specificity)) match = { q: range.q, specificity: how };
    }
    const q = match?.q ?? 0;
    if (q > 0 && (best === undefined || q > best.q)) best = { type, q };
  }
  return best?.type;
}

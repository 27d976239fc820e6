// The wording of every problem found in rule data, in English, keyed by the
// problem's code and, where one code is worded in several ways, a sub-id after a
// dot (unknown-reference.surface). zh-problems.ts has the same keys (a test
// checks). A problem carries its wording id and parameters (src/errors/problems.ts);
// this English is its message and hint for --json, the library and an English reader.
import { CJK_WEIGHT, EVERY_LINK_WORDS, MEANINGFUL_WEIGHT } from '../engine/quote-meaning.js';
import type { ProblemParams, ProblemWording } from '../errors/problem-ids.js';
import type { Problem } from '../errors/problems.js';

export interface ProblemWords {
  message: string;
  hint?: string;
}

const givePath = 'give the path of a rule file or a folder of *.json files';
const utf8Only = 'rule files must be UTF-8: save the file as UTF-8';

/** zod's names of sizes, as its own English messages word them. */
const unitOf = (origin: string) => ({ string: 'characters', array: 'items', set: 'items', map: 'entries', file: 'bytes' })[origin];
const size = (origin: string, bound: string) => (unitOf(origin) ? `${origin} to have ${bound} ${unitOf(origin)}` : `${origin} to be ${bound}`);
const languageName = { en: 'English', zh: 'Chinese' } as const;
const refName = { platform: 'platform', source: 'source', group: 'group' } as const;
const tieHint = 'give both the same from and phaseIn, move one start, narrow one selector, or remove one rule';
const tieSources = (source: string) => source || 'unrecognised sources';
/** What a value the format refuses is not: "x" is not …; said the old way, what it should be, when no value is quoted. */
const isNot = (value: string | undefined, what: string, rule = what) => (value === undefined ? rule : `${value} is not ${what}${rule === what ? '' : `: ${rule}`}`);
const received = (value: string | undefined) => (value === undefined ? '' : `, received ${value}`);
/** The size found, and the value when it is a text. */
const measured = (p: { length?: string; value?: string }) => (p.length === undefined ? received(p.value) : `, received ${p.length}${p.value === undefined ? '' : `: ${p.value}`}`);

/** Keys listed "a, b" as "a and b". */
const both = (keys: string) => keys.split(', ').join(' and ');
/** The shapes of evidence, by the keys each needs that the other lacks (otherShape in src/load/schema-keys.ts). */
const SHAPES = new Map([
  ['url, published', 'an outside report'],
  ['seed', 'a quote of a seed document'],
]);
/** A shape of an object by the keys it needs that the other shape lacks: an outside report (with url and published). */
const shapeNamed = (keys: string) => {
  const name = SHAPES.get(keys);
  return name === undefined ? `the form with ${both(keys)}` : `${name} (with ${both(keys)})`;
};

export const PROBLEM_MESSAGES: { readonly [K in ProblemWording]: (params: ProblemParams<K>) => ProblemWords } = {
  // Reading a file, before it is parsed.
  'unreadable.missing': () => ({ message: 'cannot read: no such file or folder', hint: givePath }),
  'unreadable.empty-path': () => ({ message: 'cannot read: an empty path names no file', hint: givePath }),
  'unreadable.permission': () => ({ message: 'cannot read: permission denied', hint: givePath }),
  'unreadable.is-folder': () => ({ message: 'cannot read: is a folder', hint: givePath }),
  'unreadable.loop': () => ({ message: 'cannot read: its symbolic links lead round in a loop', hint: givePath }),
  'unreadable.not-folder': () => ({ message: 'cannot read: a part of the path before the file is not a folder', hint: givePath }),
  'unreadable.other': (p: { reason: string }) => ({ message: `cannot read: the system's error ${p.reason}`, hint: givePath }),
  'unreadable.empty-folder': () => ({ message: 'the folder holds no .json rule files', hint: 'name a rule file or a folder of *.json files' }),
  'unreadable.not-regular': () => ({ message: 'cannot read: not a regular file (a pipe, socket or device)', hint: 'give the path of a regular rule file' }),
  'unreadable.too-large': (p: { limit: string }) => ({ message: `cannot read: larger than the ${p.limit} MiB limit for a rule file`, hint: 'split the rules over several files' }),
  'unreadable.changed': () => ({ message: 'cannot read: the file changed while it was read', hint: 'read it again once it is written' }),
  'unreadable.seed': () => ({ message: 'a seed document in the index cannot be read', hint: 'restore the file, or remove it from seeds/index.json' }),
  'invalid-utf8': (p: { offset: string }) => ({ message: `not valid UTF-8 at byte offset ${p.offset}`, hint: 'save the file as UTF-8' }),
  'invalid-utf8.utf16': (p: { encoding: string }) => ({ message: `looks like ${p.encoding} without its byte order mark (a NUL beside every letter), not UTF-8`, hint: utf8Only }),
  'invalid-utf8.utf16-marked': (p: { encoding: string }) => ({ message: `is ${p.encoding} (it opens with its byte order mark), not UTF-8`, hint: utf8Only }),
  // Parsing.
  'invalid-json': (p: { reason: string; line?: string; column?: string }) => ({
    message: `not valid JSON: ${p.reason}${p.line === undefined ? '' : ` at line ${p.line}, column ${p.column}`}`,
    hint: 'check commas, quotes and brackets',
  }),
  'invalid-json.too-deep': () => ({ message: 'cannot check for duplicate keys: it is nested too deeply', hint: 'rule files nest a few levels deep; remove the deep data' }),
  'invalid-json.unchecked': (p: { reason: string }) => ({ message: `cannot check for duplicate keys: ${p.reason}`, hint: 'rule files nest a few levels deep; remove the deep data' }),
  'duplicate-key': (p: { key: string }) => ({ message: `key "${p.key}" appears twice in the same object; JSON readers keep only one of them`, hint: 'merge the two into one key' }),
  // The rule-file format: zod's issue kinds, worded as zod words them in English.
  'schema.unrecognized-key': (p: { key: string; valid: string; suggestion?: string; shape?: string; instead?: string }) =>
    p.shape !== undefined && p.instead !== undefined
      ? {
          message: `Unrecognized key: ${p.key}: it belongs to ${shapeNamed(p.shape)}, not to ${shapeNamed(p.instead)}`,
          hint: `valid keys here: ${p.valid}; remove it, or give ${both(p.shape)} in place of ${both(p.instead)}`,
        }
      : {
          message: `Unrecognized key: ${p.key}${p.suggestion === undefined ? '' : `; did you mean ${p.suggestion}?`}`,
          hint: p.valid ? `valid keys here: ${p.valid}; remove it, or correct its spelling` : 'remove it, or check its spelling against the rule-file format in the README',
        },
  'schema.invalid-type': (p: { expected: string; received: string; value?: string }) => ({
    message: `Invalid input: expected ${p.expected}, received ${p.received}${p.value === undefined || p.received === 'null' ? '' : ` ${p.value}`}`,
  }),
  'schema.invalid-value': (p: { values: string; count: string; value?: string }) => ({
    message: `${p.count === '1' ? `Invalid input: expected ${p.values}` : `Invalid option: expected one of ${p.values}`}${received(p.value)}`,
  }),
  'schema.too-big': (p: { origin: string; bound: string; length?: string; value?: string }) => ({
    message: `Too big: expected ${size(p.origin, p.bound)}${measured(p)}`,
    hint: 'rule files cap the length of names, keywords and texts and the size of lists; see "Rules" in the README',
  }),
  'schema.too-small': (p: { origin: string; bound: string; length?: string; value?: string }) => ({ message: `Too small: expected ${size(p.origin, p.bound)}${measured(p)}` }),
  'schema.invalid-format': (p: { format: string; value?: string }) =>
    p.format === 'url' ? { message: `not a web address${p.value === undefined ? '' : `: ${p.value}`}`, hint: 'give an http or https address, such as https://example.com/report' } : { message: `Invalid ${p.format}${p.value === undefined ? '' : `: ${p.value}`}` },
  'schema.other': (p: { detail: string; value?: string }) => ({ message: `${p.detail}${p.value === undefined ? '' : ` (${p.value})`}` }),
  // The format's own checks (SCHEMA_CHECKS in src/model/schema.ts; no-evidence is one too).
  'schema.id': (p: { value?: string }) => ({ message: isNot(p.value, 'an id', 'an id is lower-case letters and digits joined by single hyphens, e.g. "live-cart"') }),
  'schema.date': (p: { value?: string }) => ({ message: isNot(p.value, 'a calendar date written YYYY-MM-DD') }),
  'schema.moment': (p: { value?: string }) => ({ message: isNot(p.value, 'a date (2022-03-01), a local time (2022-03-01T00:00) or an instant (2022-02-28T16:00:00Z)') }),
  'schema.calendar': (p: { years: string; value?: string }) => ({ message: `no such date or time${p.value === undefined ? '' : ` ${p.value}`} on the calendar, or a year outside ${p.years}` }),
  'schema.time-zone': (p: { value?: string }) => ({ message: isNot(p.value, 'an IANA time zone such as "Asia/Shanghai"') }),
  'schema.domain': (p: { value?: string }) => ({ message: isNot(p.value, 'a lower-case domain of two or more labels, e.g. "taobao.com" (write internationalised names in punycode, xn--…)') }),
  'schema.short-link': (p: { value?: string }) => ({ message: isNot(p.value, 'a lower-case host with an optional path start, e.g. "v.douyin.com" or "www.kuaishou.com/f/"') }),
  'schema.app-scheme': (p: { value?: string }) => ({ message: isNot(p.value, 'a lower-case URL scheme without the colon, e.g. "openapp.jdmobile"') }),
  'schema.web-scheme': (p: { value?: string }) => ({ message: `${p.value === undefined ? 'a web or script scheme' : `${p.value} is a web or script scheme, which`} cannot be an app scheme` }),
  'schema.url-credentials': (p: { value?: string }) => ({ message: `${p.value === undefined ? 'a web address' : p.value} gives a user name or password`, hint: 'an answer shows the address to whoever asks, and one written user@host may lead elsewhere than it reads: give it without them, such as https://example.com/report' }),
  'schema.dispute-evidence': () => ({ message: 'a dispute cites the reports that make it' }),
  'schema.text': () => ({ message: 'a text gives at least one language: { "en": …, "zh": … }, or a plain string' }),
  'no-evidence': () => ({ message: 'the rule cites no evidence', hint: 'add a seed quote { "seed", "quote" } or a report { "url", "published", "quote" }' }),
  'evidence-incomplete.url': () => ({ message: 'outside evidence lacks its address (url)', hint: evidenceHint }),
  'evidence-incomplete.published': () => ({ message: 'outside evidence lacks its publication date (published, YYYY-MM-DD)', hint: evidenceHint }),
  'evidence-incomplete.both': () => ({ message: 'outside evidence lacks its address (url) and its publication date (published, YYYY-MM-DD)', hint: evidenceHint }),
  // Names and references across the files.
  'empty-group': (p: { group: string }) => ({ message: `group "${p.group}" has no members: no source lists it in its groups`, hint: 'list the group in the groups of the sources it holds, or remove it' }),
  'unknown-reference': (p: { kind: keyof typeof refName; id: string; valid: string }) => ({ message: `unknown ${refName[p.kind]} "${p.id}"`, hint: `valid: ${p.valid || 'none defined'}` }),
  'unknown-reference.member': (p: { group: string; id: string; valid: string }) => ({ message: `source "${p.id}" is not a member of group "${p.group}"`, hint: `a share marker names one of the group's sources: ${p.valid || 'none defined'}` }),
  'unknown-reference.other-app': (p: { group: string; app: string; valid: string }) => ({ message: `app "${p.app}" is not one of group "${p.group}"'s otherApps`, hint: p.valid ? `otherAppHosts name one of them: ${p.valid}` : 'list the app in the group\'s otherApps first' }),
  'unknown-reference.other-app-host': (p: { host: string; group: string; domains: string }) => ({
    message: `other app's host "${p.host}" of group "${p.group}" is no subdomain of a member's domain`,
    hint: p.domains ? `list a host under one of ${p.domains}: a member's whole domain would take all its links, and a host elsewhere none of the group's` : 'the group has no member with a domain',
  }),
  'unknown-reference.surface': (p: { platform: string; id: string; valid: string }) => ({ message: `unknown surface of ${p.platform} "${p.id}"`, hint: `valid: ${p.valid || 'none defined'}` }),
  'duplicate-id': (p: { id: string; at: string }) => ({ message: `rule id "${p.id}" is already used at ${p.at}`, hint: 'give each rule its own id' }),
  'duplicate-id.definition': (p: { kind: keyof typeof refName; id: string; at: string }) => ({
    message: `${refName[p.kind]} "${p.id}" is already defined at ${p.at}`,
    hint: 'define each id once; add rules for it in any file',
  }),
  'duplicate-id.surface': (p: { name: string; owner: string; platform: string }) => surfaceClash(p),
  'duplicate-entry': (p: { value: string; first: string }) => ({ message: `"${p.value}" is listed twice: it is already at ${p.first}`, hint: 'remove the repeated entry, or correct it if another was meant' }),
  'alias-conflict.member': (p: { kind: 'source' | 'group'; name: string; ownerKind: 'source' | 'group'; owner: string }) => ({
    message: `${refName[p.kind]} name "${p.name}" already names ${refName[p.ownerKind]} "${p.owner}", ${p.kind === 'group' ? 'which is no member of the group' : 'which the source is no member of'}: the group would answer for it`,
    hint: 'a group may take the name of a member only; rename one of them',
  }),
  'alias-conflict': (p: { kind: keyof typeof refName; name: string; owner: string }) => ({
    message: `${refName[p.kind]} name "${p.name}" already names ${refName[p.kind]} "${p.owner}"`,
    hint: 'an id, alias or name (in any language) must name one thing only: input takes each; remove or rename it in one of them',
  }),
  'alias-conflict.surface': (p: { name: string; owner: string; platform: string }) => surfaceClash(p),
  'alias-like-link': (p: { kind: keyof typeof refName | 'surface'; alias: string }) => ({
    message: `${p.kind} alias "${p.alias}" reads as a link or a host, and would take that link from the source it belongs to`,
    hint: 'write aliases as names (淘宝, jd); list hosts under a source\'s "domains"',
  }),
  'domain-conflict.group': (p: { domain: string; group: string; owner: string }) => ({
    message: `short link "${p.domain}" of group "${p.group}" is also listed for source "${p.owner}"`,
    hint: 'a short link that may lead to any member belongs to the group only; remove it from the source',
  }),
  'domain-conflict.groups': (p: { domain: string; group: string; owner: string }) => ({
    message: `short link "${p.domain}" of group "${p.group}" is already listed for group "${p.owner}"`,
    hint: 'a short link belongs to one group; remove it from one of them',
  }),
  'domain-conflict.short-link': (p: { domain: string; source: string; group: string }) => ({
    message: `"${p.domain}", listed for source "${p.source}", is already a short link of group "${p.group}"`,
    hint: 'a short link that may lead to any member belongs to the group only; remove it from the source',
  }),
  'domain-conflict': (p: { domain: string; owner: string }) => ({
    message: `domain "${p.domain}" is already listed for source "${p.owner}"`,
    hint: 'a domain belongs to one source; list a subdomain to give part of it to another source',
  }),
  'keyword-conflict': (p: { keyword: string; owner: string }) => ({
    message: `share-text keyword "${p.keyword}" already names source "${p.owner}"`,
    hint: 'a keyword must name one source only; remove it from one of them',
  }),
  // Periods and ties.
  'until-not-after-from': (p: { until: string }) => ({ message: `until (${p.until}) is not after from`, hint: 'periods are half-open [from, until): until must be later' }),
  'until-evidence-without-until': () => ({
    message: 'untilEvidence is evidence for an end, and the rule has no until',
    hint: 'give the end it speaks of as "until", or remove untilEvidence',
  }),
  'bad-imprecise-from': () => ({ message: 'from.latest must be after from.earliest', hint: 'the change happened somewhere in [earliest, latest)' }),
  'bad-published-window': (p: { earliest: string; latest: string }) => ({ message: `published.latest (${p.latest}) is before published.earliest (${p.earliest})`, hint: 'the report was published on a day from earliest to latest: give the earlier day first' }),
  'bad-phase-in': (p: { until: string }) => ({
    message: `phaseIn.until (${p.until}) must be after from and no later than until`,
    hint: "the phase-in window is [from, phaseIn.until) inside the rule's period",
  }),
  'conflicting-rules': (p: { rule: string; effect: string; other: string; otherEffect: string; source: string; surface: string }) => ({
    message: `rule "${p.rule}" (${p.effect}) and rule "${p.other}" (${p.otherEffect}) start at the same moment and equally specific sources for ${tieSources(p.source)} on ${p.surface}`,
    hint: 'move one start, narrow one selector, or remove one rule',
  }),
  'conflicting-rules.phase-in': (p: { rule: string; other: string; source: string; surface: string }) => ({
    message: `rule "${p.rule}" and rule "${p.other}" start at the same moment and equally specific sources for ${tieSources(p.source)} on ${p.surface}, but differ in their phase-in, so neither can decide`,
    hint: tieHint,
  }),
  'conflicting-rules.imprecise-order': (p: { rule: string; other: string; source: string; surface: string }) => ({
    message: `rule "${p.rule}" and rule "${p.other}" answer differently for ${tieSources(p.source)} on ${p.surface}, and one starts inside the window of the other's imprecise start, so which started later, and decides, is not known`,
    hint: 'move the start out of the window, or make the window end before the other rule starts (from.latest)',
  }),
  'conflicting-rules.imprecise-start': (p: { rule: string; other: string; source: string; surface: string }) => ({
    message: `rule "${p.rule}" and rule "${p.other}" start at the same moment and equally specific sources for ${tieSources(p.source)} on ${p.surface}, but differ in their imprecise start, so neither can decide`,
    hint: tieHint,
  }),
  // Languages (rules lint --bilingual, and the built-in files).
  'missing-language': (p: { missing: 'en' | 'zh'; given: string }) => ({
    message: `the text is given only in ${languageName[p.given as 'en' | 'zh'] ?? p.given}; it lacks its ${languageName[p.missing]}`,
    hint: 'give it as { "en": …, "zh": … }: the built-in rule files give every text in both languages',
  }),
  // Evidence.
  'any-link-unstated': () => ({
    message: 'an allow for any source but some does not say that its evidence covers every link',
    hint: 'name the sources the evidence names ({ "ids": [...] }), or add "coversAnyLink": { "quote": ... } quoting the evidence that says so',
  }),
  'any-link-unquoted': () => ({ message: "the quote is not part of any of the rule's evidence quotes", hint: 'copy the words that say "every link" from one of the evidence quotes' }),
  'stated-unquoted': () => ({
    message: "the quote is not part of any of the rule's evidence quotes",
    hint: 'copy the words that state the start (fromStated) or the end of the phase-in (phaseIn.untilStated) from one of the evidence quotes',
  }),
  'any-link-vague.short': () => ({
    message: 'the quote by which the rule covers every link says too little to show it',
    hint: `quote the whole clause that says so: at least ${MEANINGFUL_WEIGHT} letters or digits, or ${MEANINGFUL_WEIGHT / CJK_WEIGHT} Chinese characters`,
  }),
  'any-link-vague.words': () => ({
    message: 'the quote by which the rule covers every link does not say "all", "any", "every" or "third-party" links',
    hint: `quote the words that say so (${EVERY_LINK_WORDS.en.join(', ')}; ${EVERY_LINK_WORDS.zh.join('、')}), or name the sources with { "ids": [...] }`,
  }),
  'quote-too-short': () => ({
    message: 'the quote says too little to be evidence',
    hint: `quote the passage that supports the rule: at least ${MEANINGFUL_WEIGHT} letters or digits, or ${MEANINGFUL_WEIGHT / CJK_WEIGHT} Chinese characters`,
  }),
  'allow-source-unnamed': (p: { sources: string }) => ({
    message: `the rule allows ${p.sources}, which none of its evidence quotes names: checks answer as if the rule did not speak of them`,
    hint: 'quote the words that name each source (its id, an alias, or a group it belongs to), or narrow the selector to the sources the evidence names',
  }),
  'allow-source-unnamed.none': (p: { sources: string }) => ({
    message: `none of the rule's evidence quotes names the sources it allows (${p.sources})`,
    hint: 'check that the evidence speaks of them; if it uses a name the rules lack, add it as an alias of the source',
  }),
  'evidence-in-future': (p: { published: string; today: string }) => ({
    message: `the evidence is dated ${p.published}, after today (${p.today}): no report can have been published then`,
    hint: 'correct the publication date',
  }),
  'reviewed-in-future': (p: { reviewed: string; today: string }) => ({
    message: `the file says it was reviewed on ${p.reviewed}, after today (${p.today})`,
    hint: 'give the date the rules were last read against their evidence (YYYY-MM-DD), today or before',
  }),
  'evidence-after-review': (p: { published: string; reviewed: string }) => ({
    message: `the evidence was published on ${p.published}, after the file was last reviewed (${p.reviewed})`,
    hint: 'review the rules against it and update "reviewed", or correct the publication date',
  }),
  'unknown-document': (p: { seed: string; documents: string }) => ({ message: `seed document "${p.seed}" is not in the seed index`, hint: `cite one of: ${p.documents}` }),
  'quote-not-found': (p: { seed: string }) => ({ message: `the quote does not occur verbatim in seeds/${p.seed}`, hint: 'copy the passage from the document exactly, punctuation included' }),
  'quote-not-found.width': (p: { seed: string }) => ({
    message: `the quote does not occur verbatim in seeds/${p.seed}`,
    hint: 'it differs only in punctuation or letter width (，vs , or ：vs :); copy it from the document',
  }),
};

const evidenceHint = 'cite a seed document with { "seed", "quote" }, or a report with { "url", "published", "quote" }';

function surfaceClash(p: { name: string; owner: string; platform: string }): ProblemWords {
  return { message: `surface name "${p.name}" already names surface "${p.owner}" of ${p.platform}`, hint: 'each surface id, alias and name (in any language) must be unique within its platform: input takes each' };
}

type Params = Readonly<Record<string, string>>;

/** A problem's message and hint in English. */
export function wordProblem(wording: ProblemWording, params: Params): ProblemWords {
  return (PROBLEM_MESSAGES[wording] as (params: Params) => ProblemWords)(params);
}

/** The problem as one English line (the library's errors; the CLI words it in the reader's language with lint.line). */
export function formatProblem(problem: Problem): string {
  const { message, hint } = wordProblem(problem.wording, problem.params);
  const where = problem.path ? `${problem.file}: ${problem.path}` : problem.file;
  const at = problem.line === undefined ? [] : [`line ${problem.line}, column ${problem.column ?? 1}`];
  const notes = [...at, ...(hint ? [hint] : [])];
  return `${where}: ${message}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
}

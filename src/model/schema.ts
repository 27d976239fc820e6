// The rule-file format. These schemas are the single source of the data types
// (see types.ts); the check path imports only the types, so zod is loaded only
// where files are read and validated.
import { z } from 'zod';
import { isYearInRange } from '../time/civil.js';
import { isValidMomentText, MOMENT_PATTERN } from '../time/moment.js';
import { APP_SCHEME_PATTERN, DOMAIN_MAX, DOMAIN_PATTERN, ID_PATTERN, LIMITS, SHORT_LINK_PATTERN, WEB_SCHEMES, hasNoCredentials } from './rule-patterns.js';

export { LIMITS };

/**
 * What the format's own checks say when they fail: not words but the id of their
 * wording in the problem catalogues ("schema.id", …; src/i18n/en-problems.ts),
 * which src/load/validate.ts reads from zod's issue, so a rule file's problems can be
 * worded in any language.
 */
export const SCHEMA_CHECKS = ['id', 'date', 'moment', 'calendar', 'time-zone', 'domain', 'short-link', 'app-scheme', 'web-scheme', 'dispute-evidence', 'no-evidence', 'text', 'url-credentials'] as const;
export type SchemaCheck = (typeof SCHEMA_CHECKS)[number];
const says = (check: SchemaCheck): string => check;

const word = () => z.string().max(LIMITS.word);
const named = () => z.string().max(LIMITS.name);
const text = () => z.string().max(LIMITS.text);
const long = () => z.string().max(LIMITS.long);

/**
 * A sentence or a name in people's words: { "en": …, "zh": … }, or a plain string given in one
 * language (the file's "lang", else the language of its script). A language a text lacks falls
 * back to the other; the built-in files give both (rules lint, src/lint/languages.ts).
 */
const localText = (inner: z.ZodString) =>
  z
    .union([
      inner,
      z
        .strictObject({ en: inner.optional(), zh: inner.optional() })
        .refine((text) => text.en !== undefined || text.zh !== undefined, says('text'))
        .meta({ minProperties: 1 }),
    ])
    .describe('rule-file.text');

/** The languages a file's texts may be in. */
export const TextLang = z.enum(['en', 'zh']);

export const Id = z
  .string()
  .max(LIMITS.word)
  .regex(ID_PATTERN, says('id'));

const Aliases = z.array(word().min(1)).max(LIMITS.list).default([]);

/**
 * A calendar day (a report's publication, a review), in the years a rule's moments may name: a
 * mistyped year (0022-03-01) would have the report published before any day asked as known on.
 */
export const IsoDate = z.iso.date({ error: says('date'), abort: true }).refine((text) => isYearInRange(Number(text.slice(0, 4))), says('calendar'));

/** A civil date or time in the platform's time zone, or an instant with Z or an offset. */
export const Moment = z
  .string()
  // A text not written as a moment is no date on the calendar either: one problem, not two.
  .regex(MOMENT_PATTERN, { error: says('moment'), abort: true })
  .refine(isValidMomentText, says('calendar'));

/** A change whose exact moment is not on record: it happened somewhere in [earliest, latest). */
export const ImpreciseMoment = z.strictObject({
  earliest: Moment,
  latest: Moment,
});

export const Surface = z.strictObject({
  id: Id,
  name: localText(named().min(1)),
  aliases: Aliases,
});

/** A name people use for more than one surface (小黄车): refused with the names that say which. */
export const AmbiguousName = z.strictObject({
  names: z.array(word().min(1)).min(1).max(LIMITS.list).describe('rule-file.ambiguous-name.names'),
  means: z.array(word().min(1)).min(2).max(LIMITS.list).describe('rule-file.ambiguous-name.means'),
});

export const Platform = z.strictObject({
  id: Id,
  name: localText(named().min(1)),
  aliases: Aliases,
  // By its canonical name (asia/shanghai is Asia/Shanghai): shown so, and the same zone as another platform's.
  timeZone: z.string().max(LIMITS.word).refine(isTimeZone, says('time-zone')).overwrite(canonicalTimeZone),
  surfaces: z.array(Surface).min(1).max(LIMITS.list),
  ambiguousNames: z.array(AmbiguousName).max(LIMITS.list).optional().describe('rule-file.platform.ambiguous-names'),
});

/** A domain as hosts are compared (DOMAIN_PATTERN: a lone top-level domain is refused). */
export const Domain = z.string().max(DOMAIN_MAX).regex(DOMAIN_PATTERN, says('domain'));

/** A short-link host, optionally with the start of the path (www.kuaishou.com/f/). */
export const ShortLink = z.string().regex(SHORT_LINK_PATTERN, says('short-link'));

/** A mark a member's app puts at the start of its share text, right before the link: 【天猫】. */
export const ShareMarker = z.strictObject({
  marker: word().min(1),
  source: Id,
});

/** A host (with an optional path start) under a member's domain that is another app's (2.taobao.com, 闲鱼's), and the app of the group's otherApps it is. */
export const OtherAppHost = z.strictObject({
  host: ShortLink,
  app: z.string().trim().min(1).max(LIMITS.word),
});

export const Group = z.strictObject({
  id: Id,
  name: localText(named().min(1)),
  aliases: Aliases,
  shortLinks: z
    .array(ShortLink)
    .max(LIMITS.list)
    .optional()
    .describe('rule-file.group.short-links'),
  shareMarkers: z
    .array(ShareMarker)
    .max(LIMITS.list)
    .optional()
    .describe('rule-file.group.share-markers'),
  otherApps: z
    .array(z.string().trim().min(1).max(LIMITS.word))
    .max(LIMITS.list)
    .optional()
    .describe('rule-file.group.other-apps'),
  otherAppHosts: z
    .array(OtherAppHost)
    .max(LIMITS.list)
    .optional()
    .describe('rule-file.group.other-app-hosts'),
});

/** A URL scheme without the colon, lower-case: openapp.jdmobile, taobao. */
export const AppScheme = z
  .string()
  .regex(APP_SCHEME_PATTERN, says('app-scheme'))
  .refine((scheme) => !WEB_SCHEMES.includes(scheme), says('web-scheme'));

/** Words that, found in a share text, name the source a share token (淘口令, 京口令) belongs to. */
export const ShareText = z.strictObject({
  keywords: z.array(z.string().trim().min(1).max(LIMITS.word)).min(1).max(LIMITS.list),
  /** Words that hold a keyword and name something else (南京东路 holds 京东): a keyword found inside one of them names nothing. */
  notWithin: z.array(z.string().trim().min(1).max(LIMITS.word)).max(LIMITS.list).optional(),
});

export const Source = z.strictObject({
  id: Id,
  name: localText(named().min(1)),
  aliases: Aliases,
  groups: z.array(Id).max(LIMITS.list).default([]),
  /** Domains whose hosts (the domain itself and its subdomains) are links to this source. */
  domains: z.array(Domain).max(LIMITS.list).default([]),
  shareText: ShareText.optional(),
  shortLinks: z
    .array(ShortLink)
    .optional()
    .describe('rule-file.source.short-links'),
  appSchemes: z
    .array(AppScheme)
    .optional()
    .describe('rule-file.source.app-schemes'),
});

export const SourceSelector = z.union([
  z.strictObject({ ids: z.array(Id).min(1).max(LIMITS.list) }),
  z.strictObject({ groups: z.array(Id).min(1).max(LIMITS.list) }),
  z.strictObject({ anyExcept: z.array(Id).max(LIMITS.list) }),
]);

/**
 * What a piece of evidence is: the announcement itself (or quoting it in full), a party's
 * confirmation, or a report. Without it, a report. It orders the evidence shown first
 * (src/engine/evidence-strength.ts).
 */
export const EvidenceStatus = z.enum(['announced', 'confirmed', 'reported']);

const evidenceStatus = () =>
  EvidenceStatus.optional().describe('rule-file.evidence.status');

export const SeedEvidence = z.strictObject({
  seed: named().min(1),
  quote: long().min(1).describe('rule-file.seed.quote'),
  status: evidenceStatus(),
  note: localText(long()).optional(),
});

/**
 * A web address (http or https): what a report is published at; javascript:, file: or ftp: is none.
 * Nor is one with a user name or password: an answer shows the address to whoever asks, and
 * `https://www.gov.cn@evil.example/` reads as gov.cn's while it leads elsewhere.
 */
const WebUrl = z.url({ protocol: /^https?$/ }).refine(hasNoCredentials, says('url-credentials'));

/** Publication date of a source document: exact, or a window when the document prints none. */
export const Published = z.union([
  IsoDate,
  z.strictObject({ earliest: IsoDate, latest: IsoDate, basis: localText(text().min(1)) }),
]);

export const ReportEvidence = z.strictObject({
  url: WebUrl.max(LIMITS.url),
  /** A page that prints no date gives the window its text allows, and why. */
  published: Published,
  /** As published, in its own language, like the quote. */
  title: named().optional().describe('rule-file.report.title'),
  publisher: localText(named()).optional(),
  quote: long().min(1).describe('rule-file.report.quote'),
  status: evidenceStatus(),
  note: localText(long()).optional(),
});

export const Evidence = z.union([SeedEvidence, ReportEvidence]);

export const Dispute = z.strictObject({
  /** What the other reports say. */
  claim: localText(text().min(1)),
  /** Why the rule follows its own evidence rather than these. */
  decision: localText(text().min(1)),
  evidence: z.array(Evidence).min(1, says('dispute-evidence')).max(LIMITS.evidence),
});

/**
 * A rule whose selector is wider than the sources its evidence names (any source but some, or a
 * group) says here that its evidence speaks of every link of that kind, quoting where it says so.
 * Without it, an allow for "any source but …" never covers a link whose source is not recognised.
 */
export const CoversAnyLink = z.strictObject({
  quote: long().min(1),
  note: localText(long()).optional(),
});

/**
 * Where a rule's own evidence first states a part of the rule that was reported after the rule
 * itself: its start (fromStated) or its phase-in's end (phaseIn.untilStated), quoting the words of
 * one of its evidence quotes. As known on a day before the evidence holding the quote was
 * published, that part is not on record.
 */
export const Stated = z.strictObject({
  quote: long().min(1),
  note: localText(long()).optional(),
});

export const Rule = z.strictObject({
  id: Id.describe('rule-file.rule.id'),
  platform: Id.describe('rule-file.rule.platform'),
  effect: z.enum(['allow', 'deny']),
  sources: SourceSelector.describe('rule-file.rule.sources'),
  coversAnyLink: CoversAnyLink.optional().describe('rule-file.rule.covers-any-link'),
  surfaces: z.array(Id).min(1).max(LIMITS.list).describe('rule-file.rule.surfaces'),
  from: z
    .union([Moment, ImpreciseMoment])
    .describe('rule-file.rule.from'),
  fromStated: Stated.optional().describe('rule-file.rule.from-stated'),
  until: Moment.optional().describe('rule-file.rule.until'),
  untilEvidence: z
    .array(Evidence)
    .min(1)
    .max(LIMITS.evidence)
    .optional()
    .describe('rule-file.rule.until-evidence'),
  /** The change rolls out over [from, phaseIn.until); answers inside it are "rolling-out". */
  phaseIn: z.strictObject({ until: Moment, untilStated: Stated.optional().describe('rule-file.rule.phase-in-until-stated') }).optional().describe('rule-file.rule.phase-in'),
  status: EvidenceStatus.describe('rule-file.rule.status'),
  summary: localText(text().min(1)).describe('rule-file.rule.summary'),
  note: localText(long()).optional().describe('rule-file.rule.note'),
  evidence: z.array(Evidence).min(1, says('no-evidence')).max(LIMITS.evidence),
  /** Reports that contradict this rule, kept on record; the rule follows the stronger evidence. */
  disputed: Dispute.optional(),
});

export const RuleFile = z.strictObject({
  $schema: z.string().max(LIMITS.url).optional(),
  lang: TextLang.optional().describe('rule-file.file.lang'),
  /** When a person last checked this file against the record. */
  reviewed: IsoDate.optional(),
  platforms: z.array(Platform).max(LIMITS.definitions).default([]),
  groups: z.array(Group).max(LIMITS.definitions).default([]),
  sources: z.array(Source).max(LIMITS.definitions).default([]),
  rules: z.array(Rule).max(LIMITS.rules).default([]),
});

export const SeedDocument = z.strictObject({
  file: z.string().min(1),
  /** As published. */
  title: z.string().min(1),
  publisher: localText(z.string().min(1)),
  published: Published,
  url: WebUrl.optional(),
  note: localText(z.string()).optional(),
});

export const SeedIndex = z.strictObject({
  documents: z.array(SeedDocument).min(1),
});

/** The zone's name as the time zone database writes it (asia/shanghai, etc/utc: Asia/Shanghai, UTC); a name that is no zone as it is. */
function canonicalTimeZone(zone: string): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return zone;
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// The service's requests and responses as zod schemas: the parameters and bodies
// are read with them (params.ts), and /openapi.json is generated from them
// (openapi.ts), so the document says what the handler takes and returns.
import { z } from 'zod';
import { LANGS } from '../i18n/lang.js';
import { MAX_FIELD } from '../model/field-length.js';

// ---- Requests -------------------------------------------------------------

/**
 * A text field of a request: at most 64 KiB of UTF-8, as on the command line (MAX_FIELD, refused
 * past it by the road); the document states it as a length in characters, which no longer text can
 * be within.
 */
const text = () => z.string().meta({ maxLength: MAX_FIELD });
// The document lists the languages; a request's lang is read as --lang is (zh-CN is zh).
const lang = z.string().meta({ enum: [...LANGS] }).describe('the language of error messages: en (default) or zh (zh-CN and the like read as zh)');
const platform = text().describe('platform id or alias: kuaishou (default), douyin, xiaohongshu, wechat, 快手, …');
const asKnownOn = text().describe('answer as the record stood on this day (2022-10-15, 2022/10/15, yesterday), in the platform\'s zone');

/** One question, as a check's arguments: the fields of POST /v1/check's object(s). */
export const CheckQuery = z
  .strictObject({
    source: text().describe('a link, a share text, or a source id or alias (taobao, 淘宝, jd)'),
    surface: text().describe('a surface id or alias (live-cart, 直播间购物车)'),
    platform: platform.optional(),
    at: text().describe('2022-06-01 (a day in the platform\'s zone), "2022-06-01 10:30", an instant with Z or an offset, today; default: now').optional(),
    asKnownOn: asKnownOn.optional(),
  })
  .meta({ id: 'CheckQuery' });
export type CheckQuery = z.infer<typeof CheckQuery>;

/** The query parameters of each GET endpoint (and of POST /v1/check and /v1/batch), lang included. */
export const PARAMS = {
  check: CheckQuery.extend({ lang: lang.optional() }),
  checkPost: z.strictObject({ lang: lang.optional() }),
  classify: z.strictObject({ input: z.array(text()).min(1).describe('a link, share text or name; repeat it for more (input=a&input=b)'), lang: lang.optional() }),
  rules: z.strictObject({ platform: platform.optional(), source: text().describe('only rules covering this source').optional(), surface: text().describe('only rules for this surface').optional(), lang: lang.optional() }),
  coverage: z.strictObject({ platform: platform.optional(), lang: lang.optional() }),
  matrix: z.strictObject({ platform: platform.optional(), at: text().describe('the moment: a day or a time; default: now').optional(), asKnownOn: asKnownOn.optional(), format: z.enum(['json', 'svg']).describe('json (default) or svg; Accept: image/svg+xml asks for svg too').optional(), lang: lang.describe('also the language of the SVG\'s words').optional() }),
  timeline: z.strictObject({
    source: text().describe('a source, or a link or share text naming one').optional(),
    surface: text().describe('a surface id or alias').optional(),
    platform: platform.describe('only this platform (default: all)').optional(),
    from: text().describe('the axis\'s first day').optional(),
    to: text().describe('the axis\'s last day, included').optional(),
    asKnownOn: asKnownOn.optional(),
    format: z.enum(['json', 'svg']).describe('json (default) or svg; Accept: image/svg+xml asks for svg too').optional(),
    lang: lang.describe('also the language of the SVG\'s words').optional(),
  }),
  batch: z.strictObject({
    platform: platform.describe('for rows without a platform column').optional(),
    asKnownOn: asKnownOn.optional(),
    maxStaleness: text().describe('a row is stale past this age of its newest evidence: 365d, 8w, 18m, 2y (default 1y)').optional(),
    failOn: text().describe('the outcomes that fail the run, as linkcheck batch --fail-on takes them').optional(),
    columns: text().describe('headers of other names: source=商品链接,surface=投放位置').optional(),
    encoding: text().describe('a CSV or JSON Lines plan\'s encoding, read in place of the charset of its Content-Type: utf-8 (default), gb18030 (gbk and gb2312 read as it), utf-16, utf-16le or utf-16be').optional(),
    sheet: text().describe('the sheet of an .xlsx workbook (default: the first)').optional(),
    lang: lang.optional(),
  }),
  none: z.strictObject({}),
} as const;

// ---- Responses ------------------------------------------------------------

const instant = z.string().describe('ISO 8601 with the platform\'s offset');
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

export const ErrorBody = z.strictObject({ error: z.strictObject({ code: z.string().describe('a stable error id (docs/errors.md)'), message: z.string() }) }).meta({ id: 'Error' });

const Verdict = z.enum(['allowed', 'denied', 'rolling-out', 'unknown']).meta({ id: 'Verdict' });

export const Rule = z
  .strictObject({
    id: z.string(),
    effect: z.enum(['allow', 'deny']),
    sources: z.union([z.strictObject({ ids: z.array(z.string()) }), z.strictObject({ groups: z.array(z.string()) }), z.strictObject({ anyExcept: z.array(z.string()) })]),
    coversAnyLink: nullable(z.strictObject({ quote: z.string(), note: z.string().optional() })),
    surfaces: z.array(z.string()),
    from: instant,
    certainFrom: instant,
    until: nullable(instant),
    phaseInUntil: nullable(instant),
    status: z.string(),
    summary: z.string(),
    note: nullable(z.string()),
    file: z.string(),
  })
  .meta({ id: 'Rule' });

const Published = z.strictObject({ date: nullable(z.string()), earliest: z.string(), latest: z.string(), basis: nullable(z.string()) });
export const Evidence = z
  .union([
    z.strictObject({ kind: z.literal('seed'), file: z.string(), title: z.string(), publisher: z.string(), published: Published, url: nullable(z.string()), quote: z.string(), status: z.string(), note: nullable(z.string()) }),
    z.strictObject({ kind: z.literal('report'), url: z.string(), title: nullable(z.string()), publisher: nullable(z.string()), published: Published, quote: z.string(), status: z.string(), note: nullable(z.string()) }),
  ])
  .meta({ id: 'Evidence' });

const Dispute = z.strictObject({ claim: z.string(), decision: z.string(), evidence: z.array(Evidence) });

export const Classification = z
  .strictObject({
    input: z.string(),
    kind: z.enum(['name', 'link', 'token']),
    source: nullable(z.string()),
    group: nullable(z.string()),
    marker: nullable(z.string()),
    url: nullable(z.string()),
    host: nullable(z.string()),
    domain: nullable(z.string()),
    token: nullable(z.string()),
    keyword: nullable(z.string()),
    reason: nullable(z.string()),
    shortLink: z.boolean(),
    appScheme: nullable(z.string()),
    explanation: z.string(),
  })
  .meta({ id: 'Classification' });

/** What the source was recognised as, when it was a link or share text: a classification without its source (the answer has it). */
export const Link = Classification.omit({ source: true }).meta({ id: 'Link' });

const answerFields = {
  platform: z.string(),
  source: nullable(z.string()),
  link: nullable(Link),
  surface: z.string(),
  at: instant,
  timeZone: z.string(),
  verdict: Verdict,
  reason: z.string(),
  rule: nullable(Rule),
  overridden: z.array(Rule),
  evidence: z.array(Evidence),
  untilEvidence: z.array(Evidence),
  next: nullable(Rule),
  lastKnown: nullable(Rule),
  changesDuringDay: z.array(instant),
  dispute: nullable(Dispute),
  asKnownOn: nullable(z.string()),
  freshness: z.strictObject({ newestEvidence: nullable(z.string()), queriedDay: z.string(), stale: z.boolean(), reviewed: nullable(z.string()) }),
  group: nullable(
    z.strictObject({
      id: z.string(),
      members: z.array(z.strictObject({ source: nullable(z.string()), verdict: Verdict, reason: z.string(), rule: nullable(Rule), dispute: nullable(Dispute) })),
    }),
  ),
};

/** What `linkcheck <source> <surface> [date] --json` prints. */
export const Answer = z.strictObject(answerFields).meta({ id: 'Answer' });

/** One line of a batch's NDJSON, as `linkcheck batch --ndjson` prints it: an answered row, or a row that could not be read. */
export const BatchRow = z
  .union([
    z.strictObject({ line: z.number().int(), ...answerFields, stale: nullable(z.looseObject({})), row: z.record(z.string(), z.string()) }),
    // A row over 1 MiB is not read: its row is null.
    z.strictObject({ line: z.number().int(), error: z.string(), row: nullable(z.record(z.string(), z.string())) }),
    ErrorBody,
  ])
  .meta({ id: 'BatchRow', description: 'an answered row, a row that could not be read, or (last, when the plan cannot be read on) an error object' });

const named = { id: z.string(), name: z.string() };
export const RuleList = z
  .strictObject({
    platforms: z.array(z.looseObject({ ...named, timeZone: z.string(), aliases: z.array(z.string()), surfaces: z.array(z.looseObject({ ...named, aliases: z.array(z.string()) })), ambiguousNames: z.array(z.unknown()) })),
    sources: z.array(z.looseObject({ ...named, aliases: z.array(z.string()), groups: z.array(z.string()), domains: z.array(z.string()), shareText: z.unknown() })),
    groups: z.array(z.looseObject(named)),
    rules: z.array(Rule),
  })
  .meta({ id: 'RuleList' });

export const Coverage = z
  .strictObject({
    record: z.strictObject({ newestEvidence: nullable(z.string()), firstEvidence: nullable(z.string()), reviewed: nullable(z.string()), rules: z.number().int() }),
    platforms: z.array(
      z.strictObject({ ...named, surfaces: z.array(z.string()), sources: z.array(z.string()), unrecognisedLinks: z.boolean(), firstEvidence: nullable(z.string()), newestEvidence: nullable(z.string()), rules: z.number().int() }),
    ),
  })
  .meta({ id: 'Coverage' });

export const Matrix = z
  .strictObject({
    platform: z.string(),
    at: instant,
    precision: z.string(),
    timeZone: z.string(),
    asKnownOn: nullable(z.string()),
    sources: z.array(z.string()),
    surfaces: z.array(z.string()),
    cells: z.array(
      z.strictObject({
        source: z.string(),
        surface: z.string(),
        verdict: Verdict,
        reason: z.string(),
        rule: nullable(Rule),
        changesDuringDay: z.array(z.strictObject({ at: instant, verdict: Verdict, reason: z.string(), rule: nullable(z.string()) })),
      }),
    ),
  })
  .meta({ id: 'Matrix' });

export const Timeline = z
  .strictObject({
    from: nullable(instant),
    to: nullable(instant),
    timeZone: z.string(),
    tracks: z.array(
      z.strictObject({
        platform: z.string(),
        source: z.string(),
        surface: z.string(),
        periods: z.array(z.strictObject({ from: nullable(instant), until: nullable(instant), verdict: Verdict, reason: z.string(), rule: nullable(z.string()) })),
      }),
    ),
  })
  .meta({ id: 'Timeline' });

export const Health = z.strictObject({ status: z.literal('ok'), version: z.string(), rules: z.number().int() }).meta({ id: 'Health' });

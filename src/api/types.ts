// The library's own types: what checkLink and createVerdictIndex take and give.
// Written out here, not derived from the code that makes them, so that a change
// inside is not a change of the API; src/api/agree.ts checks at compile time that
// the code still produces and accepts exactly these.

/** allowed and denied are decided by a rule in force; rolling-out and unknown are not a yes. */
export type Verdict = 'allowed' | 'denied' | 'rolling-out' | 'unknown';

/** Why the verdict is what it is. */
export type Reason = 'in-force' | 'phase-in' | 'imprecise-start' | 'no-rule' | 'members-differ';

/** A query as the CLI takes it: `linkcheck -p <platform> <source> <surface> [date]`. */
export interface CheckInput {
  /** A source id or alias (taobao, 淘宝), a link, or a share text pasted from an app. */
  source: string;
  /** A surface id or alias: live-cart, short-video-cart, product-detail, 直播间购物车, … */
  surface: string;
  /** 2022-06-01, 2022/6/1, 2022-06-01T09:30, an instant with Z or an offset, today or now; default: now. */
  date?: string;
  /** kuaishou (default) or douyin, or an alias: 快手, 抖音. */
  platform?: string;
}

export interface LoadOptions {
  /** More rule files or folders of *.json, as with --rules. */
  rules?: readonly string[];
  /** false: only the files in rules (default true). */
  builtinRules?: boolean;
}

export interface CheckOptions extends LoadOptions {
  /** The instant "now" and "today" mean, and a query without a date asks about; default: the clock. */
  now?: Date | number;
  /** Answer as the record stood on this day: 2022-06-01, 2022/6/1, 2022年6月1日, today…, in the platform's zone. */
  asKnownOn?: string;
}

/** Which sources a rule is about: named ones, groups, or every source but some. */
export type SourceSelector = { ids: string[] } | { groups: string[] } | { anyExcept: string[] };

export interface RuleView {
  id: string;
  effect: 'allow' | 'deny';
  sources: SourceSelector;
  /** The quote by which a group or any-source rule says it covers every link, or null. */
  coversAnyLink: { quote: string; note?: string } | null;
  surfaces: string[];
  /** ISO 8601 in the platform's offset: the start, the earliest moment of a window when the start is imprecise. */
  from: string;
  /** From when the rule is certainly in force: `from`, or the end of the window of an imprecise start. */
  certainFrom: string;
  until: string | null;
  phaseInUntil: string | null;
  status: string;
  summary: string;
  note: string | null;
  file: string;
}

/** A publication date: `date` when the document prints one; `earliest` and `latest` bound the day either way. */
export interface PublishedView {
  date: string | null;
  earliest: string;
  latest: string;
  basis: string | null;
}

export type EvidenceStatus = 'announced' | 'confirmed' | 'reported';

/** Evidence quoted from a seed document kept with the rules. */
export interface SeedEvidenceView {
  kind: 'seed';
  file: string;
  title: string;
  publisher: string;
  published: PublishedView;
  url: string | null;
  quote: string;
  status: EvidenceStatus;
  note: string | null;
}

/** Evidence quoted from a report published elsewhere. */
export interface ReportEvidenceView {
  kind: 'report';
  url: string;
  title: string | null;
  publisher: string | null;
  published: PublishedView;
  quote: string;
  status: EvidenceStatus;
  note: string | null;
  file?: never;
}

export type EvidenceView = SeedEvidenceView | ReportEvidenceView;

export interface DisputeView {
  claim: string;
  decision: string;
  evidence: EvidenceView[];
}

/** What the source was recognised as, when it was a link or share text. */
export interface LinkView {
  input: string;
  kind: 'name' | 'link' | 'token';
  group: string | null;
  marker: string | null;
  url: string | null;
  host: string | null;
  domain: string | null;
  token: string | null;
  keyword: string | null;
  reason: 'unlisted-host' | 'ambiguous-host' | 'path-in-doubt' | 'several-links' | 'too-many-links' | 'link-and-token' | 'other-app' | 'no-keyword' | 'several-sources' | null;
  shortLink: boolean;
  appScheme: string | null;
  explanation: string;
}

export interface Freshness {
  /** The newest publication date of evidence on record for this platform, source and surface. */
  newestEvidence: string | null;
  /** The queried civil day in the platform's time zone (YYYY-MM-DD). */
  queriedDay: string;
  /** Whether the queried day is later than that: nothing newer is on record. */
  stale: boolean;
  /** When the files holding this key's rules were last reviewed (the oldest of them); null when any gives no date. */
  reviewed: string | null;
}

export interface GroupMemberView {
  source: string | null;
  verdict: Verdict;
  reason: Reason;
  rule: RuleView | null;
  dispute: DisputeView | null;
}

/** The answer: the same object that `linkcheck --json` prints (docs: usage). */
export interface LinkAnswer {
  platform: string;
  source: string | null;
  link: LinkView | null;
  surface: string;
  /** The instant asked about, ISO 8601 in the platform's offset. */
  at: string;
  timeZone: string;
  verdict: Verdict;
  reason: Reason;
  rule: RuleView | null;
  overridden: RuleView[];
  evidence: EvidenceView[];
  untilEvidence: EvidenceView[];
  next: RuleView | null;
  lastKnown: RuleView | null;
  changesDuringDay: string[];
  dispute: DisputeView | null;
  asKnownOn: string | null;
  freshness: Freshness;
  group: { id: string; members: GroupMemberView[] } | null;
}

/** A query resolved once (names, links, dates), for a VerdictChecker. */
export interface VerdictQuery {
  platform: string;
  /** A source id, or null for a link whose source is not recognised. */
  source: string | null;
  /** A group id (taobao-alliance): the query is about all its members at once; source is then null. */
  group?: string;
  /** A link whose host cannot be told for sure: its verdict is unknown. */
  ambiguousLink?: boolean;
  surface: string;
  /** Milliseconds since the epoch. */
  at: number;
}

/** Many queries, verdicts only: no explanations are built. */
export interface VerdictChecker {
  /** A query as written, resolved once (names, links, dates) the way checkLink resolves it. */
  resolve(input: CheckInput, now?: Date | number): VerdictQuery;
  verdict(query: VerdictQuery): Verdict;
  verdicts(queries: readonly VerdictQuery[]): Verdict[];
}

/** A placement plan, as `linkcheck batch` reads a file. */
export interface PlanInput {
  /**
   * Its bytes: whole (a Uint8Array, a Buffer, an ArrayBuffer), or in chunks as they are read (a
   * file's read stream, a request's body; a ReadableStream is taken too). A workbook is held
   * whole, up to 100 MiB.
   */
  bytes: Uint8Array | ArrayBuffer | AsyncIterable<Uint8Array>;
  format: 'csv' | 'jsonl' | 'xlsx';
  /** Of a CSV or JSON Lines plan: utf-8 (default) or gb18030 (also gbk, gb2312), as --encoding. */
  encoding?: string;
  /** The workbook's sheet to read, as --sheet; default the first one shown. */
  sheet?: string;
  /** What messages call the plan, and the summary's file. */
  name: string;
}

/** checkLink's options, and the batch's own as text in the forms its options take. */
export interface PlanOptions extends CheckOptions {
  /** For rows without a platform cell, as --platform; default kuaishou. */
  platform?: string;
  /** A row is stale past this age of its newest evidence, as --max-staleness (6m, 1y, 90d); default 1y. */
  maxStaleness?: string;
  /** The outcomes that fail the run, as --fail-on ("denied,stale", "all", "none"); default denied, rolling-out, error. */
  failOn?: string;
  /** Headers of other names, as --columns ("source=商品链接,surface=投放位置"). */
  columns?: string;
}

/** A row's outcome: its verdict, or error when it could not be asked. */
export type PlanOutcome = Verdict | 'error';

/** What a plan came to, as `linkcheck batch --json` counts it. */
export interface PlanSummary {
  /** The plan's name, as given. */
  file: string;
  rows: number;
  /** Lines or sheet rows with nothing on them: no rows, but counted. */
  blank: number;
  counts: Record<PlanOutcome, number>;
  /** Rows whose record is older than maxStaleness (whatever their verdict). */
  stale: number;
  /** Rows that fail the run under failOn, and rows that only warn. */
  failing: number;
  warnings: number;
  /** The exit code `linkcheck batch` would give: 0, 1 (denied), 2 (an error row) or 3. */
  exitCode: number;
}

/** Input the CLI would refuse (exit code 2), or output that could not be written (74). */
export interface InputError extends Error {
  /** The message's id in the catalogues: bad-source, bad-date, input-error, … */
  readonly code: string;
  readonly exitCode: 2 | 74;
  /** The values the message was made from, unescaped. */
  readonly params: Readonly<Record<string, string | undefined>> | undefined;
}

/** Rule files that cannot be used (exit code 2). */
export interface DataError extends Error {
  /** invalid-rule-data; unreadable-rules for a rule file or folder that cannot be read at all */
  readonly code: string;
  readonly exitCode: 2;
  readonly params: Readonly<Record<string, string>>;
}

export interface InputErrorConstructor {
  new (message: string): InputError;
  readonly prototype: InputError;
}

export interface DataErrorConstructor {
  /** Made by the loader from the problems it found; a caller tests for it with instanceof. */
  new (...args: never[]): DataError;
  readonly prototype: DataError;
}

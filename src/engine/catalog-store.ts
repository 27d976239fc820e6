// A compiled catalog as plain JSON data and back, so that the build can compile the
// built-in rules once and a check can start from the result (src/load/snapshot.ts).
// Each compiled rule names its rule by file and position instead of repeating it, and each
// rule file's rules are stored as heads (the few fields every check reads) with their whole
// texts apart, parsed only when a rule's other fields are first read.
import { assembleCatalog, type Catalog, type CompiledRule } from './catalog.js';
import type { LoadedRuleFile, Rule, RuleFile, SeedDocument } from '../model/types.js';

export interface StoredRule extends Omit<CompiledRule, 'rule' | 'covers' | 'end'> {
  covers: string[];
  /** null for an open end (JSON has no Infinity). */
  end: number | null;
}

export function storeRules(catalog: Catalog): StoredRule[] {
  return catalog.rules.map(({ rule: _rule, covers, end, ...rest }) => ({ ...rest, covers: [...covers], end: end === Infinity ? null : end }));
}

/**
 * The catalog `stored` was made from, given the same files and documents; undefined when they do
 * not fit it. With `owned` (rules the caller has just parsed, used for nothing else) each stored
 * rule is made the compiled rule in place: a copy by spread of a rule of some twenty fields was
 * an object of slow properties, about 70 KB of every start's young generation (#18).
 */
export function restoreCatalog(files: readonly LoadedRuleFile[], documents: readonly SeedDocument[], stored: readonly StoredRule[], owned = false): Catalog | undefined {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const rules: CompiledRule[] = new Array(stored.length);
  for (let index = 0; index < stored.length; index++) {
    const one = stored[index]!;
    const rule = byPath.get(one.file)?.data.rules[one.index];
    if (rule === undefined) return undefined;
    if (!owned) {
      rules[index] = compiledOf(one, rule, new Set(one.covers));
      continue;
    }
    const made = one as unknown as { -readonly [Key in keyof CompiledRule]: CompiledRule[Key] };
    made.covers = new Set(one.covers);
    made.end = one.end ?? Infinity;
    made.rule = rule;
    rules[index] = made;
  }
  return assembleCatalog(files, new Map(documents.map((document) => [document.file, document])), rules);
}

/**
 * The compiled rule `stored` keeps, with its rule and the sources it covers: its fields in the
 * order compileRule (and compileCatalog, for `reviewed`) gives them, so that the engine reads one
 * shape of rule however it was made.
 */
export function compiledOf(stored: StoredRule, rule: Rule, covers: ReadonlySet<string>): CompiledRule {
  const compiled: CompiledRule = {
    rule,
    file: stored.file,
    index: stored.index,
    timeZone: stored.timeZone,
    knownSince: stored.knownSince,
    newestEvidence: stored.newestEvidence,
    start: stored.start,
    certainFrom: stored.certainFrom,
    end: stored.end ?? Infinity,
    specificity: stored.specificity,
    covers,
    coversUnknown: stored.coversUnknown,
  };
  if (stored.evidenceDays !== undefined) compiled.evidenceDays = stored.evidenceDays;
  if (stored.endKnownSince !== undefined) compiled.endKnownSince = stored.endKnownSince;
  if (stored.anyLinkKnownSince !== undefined) compiled.anyLinkKnownSince = stored.anyLinkKnownSince;
  if (stored.startKnownSince !== undefined) compiled.startKnownSince = stored.startKnownSince;
  if (stored.phaseInKnownSince !== undefined) compiled.phaseInKnownSince = stored.phaseInKnownSince;
  if (stored.coveredSince !== undefined) compiled.coveredSince = stored.coveredSince;
  if (stored.disputeKnownSince !== undefined) compiled.disputeKnownSince = stored.disputeKnownSince;
  if (stored.phaseInUntil !== undefined) compiled.phaseInUntil = stored.phaseInUntil;
  if (stored.reviewed !== undefined) compiled.reviewed = stored.reviewed;
  return compiled;
}

/** A rule file as the snapshot stores it: its data, each rule by its head. */
export interface StoredRuleFile {
  path: string;
  data: Omit<RuleFile, 'rules'> & { rules: RuleHead[] };
}

/**
 * What the snapshot keeps of a rule in its file's list: the fields the engine reads of every
 * rule (to sort it into its placements, order ties and decide a verdict) and a rule listing
 * shows (its sources and status), its keys in order, and
 * where its whole text lies among the rule texts. The rest, mostly evidence and wording (184 of
 * the snapshot's 200 KB), is parsed only when a rule of it is read (#18).
 */
export interface RuleHead extends Pick<Rule, HeadField> {
  keys: string[];
  /** Where the rule's JSON text starts among the rule texts, and its length: ASCII, so in bytes too. */
  at: number;
  length: number;
}

const HEAD_FIELDS = ['id', 'platform', 'effect', 'sources', 'surfaces', 'status'] as const;
type HeadField = (typeof HEAD_FIELDS)[number];
const isHeadField = (key: string): key is HeadField => (HEAD_FIELDS as readonly string[]).includes(key);

/** The files with each rule as its head, and the rules' texts one after another, each in ASCII (any other character escaped, \\uXXXX) so that a text's length is its size in bytes. */
export function storeRuleFiles(files: readonly LoadedRuleFile[]): { files: StoredRuleFile[]; texts: string } {
  let texts = '';
  const stored = files.map(({ path, data }) => ({
    path,
    data: {
      ...data,
      rules: data.rules.map((rule) => {
        const text = asciiJson(rule);
        const head = { id: rule.id, platform: rule.platform, effect: rule.effect, sources: rule.sources, surfaces: rule.surfaces, status: rule.status, keys: Object.keys(rule), at: texts.length, length: text.length };
        texts += text;
        return head;
      }),
    },
  }));
  return { files: stored, texts };
}

/** JSON in ASCII: each other UTF-16 unit escaped. */
export const asciiJson = (value: unknown): string => JSON.stringify(value).replace(/[\u0080-\uffff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The stored files, each rule made whole from its text (read: the text at a place among the rule texts) only when first read (lazyRule). */
export function restoreRuleFiles(files: readonly StoredRuleFile[], read: (at: number, length: number) => string): LoadedRuleFile[] {
  return files.map(({ path, data }) => ({ path, data: { ...data, rules: data.rules.map((head) => lazyRule(head, () => JSON.parse(read(head.at, head.length)) as Rule)) } }));
}

/**
 * The rule `head` stands for, with the head's fields at hand and the others read (`read`, once)
 * when first asked. It has the whole rule's keys in their order, each other field a getter that,
 * once any is read, gives way to the field itself in the same place: spreading, listing keys,
 * `in` and JSON.stringify see the rule as parsed. The getters are shared by every such rule
 * (FIELD_GETTERS), so that making one costs a few stores, not a closure a field (#18).
 */
export function lazyRule(head: RuleHead, read: () => Rule): Rule {
  const rule: Record<string, unknown> = {};
  const { keys } = head;
  // Indexed: a start makes every rule this way, its code not yet optimised, where for…of makes an object a step (#18).
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    if (isHeadField(key)) rule[key] = head[key];
    else Object.defineProperty(rule, key, fieldGetter(key));
  }
  unread.set(rule, read);
  return rule as unknown as Rule;
}

/** Every rule of the files read whole now (lazyRule): for a process that keeps them, so that nothing is read later. */
export function readRulesWhole(files: readonly LoadedRuleFile[]): void {
  for (const file of files) for (const rule of file.data.rules) if (unread.has(rule)) readWhole(rule as unknown as Record<string, unknown>);
}

/** Each rule not read yet, and how to read it. */
const unread = new WeakMap<object, () => Rule>();
const FIELD_GETTERS = new Map<string, PropertyDescriptor>();

function fieldGetter(key: string): PropertyDescriptor {
  let getter = FIELD_GETTERS.get(key);
  if (getter === undefined) {
    getter = {
      get(this: Record<string, unknown>) {
        readWhole(this);
        return this[key];
      },
      set(this: Record<string, unknown>, value: unknown) {
        readWhole(this);
        this[key] = value;
      },
      enumerable: true,
      configurable: true,
    };
    FIELD_GETTERS.set(key, getter);
  }
  return getter;
}

/** Every field not in the rule's head, read whole, in place of its getter. */
function readWhole(rule: Record<string, unknown>): void {
  const whole = unread.get(rule)!() as unknown as Record<string, unknown>;
  unread.delete(rule);
  for (const key of Object.keys(rule)) if (!isHeadField(key)) Object.defineProperty(rule, key, { value: whole[key], writable: true, enumerable: true, configurable: true });
}

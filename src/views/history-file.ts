// The histories the build stores of the built-in record (dist/builtin-rules.histories.json,
// views/histories.ts storeHistories): the file's shape, and the checks what is read from it must
// pass before a timeline draws from it. Anything not whole is refused (undefined), and the
// histories are then found from the rules.
import { VERDICTS, type Verdict } from '../engine/check.js';

/**
 * Every placement's history (each platform's sources by its surfaces, in catalog order, as tracksOf
 * goes through them), each distinct history once, with the platforms and sources they are of. JSON:
 * the open start of each history is left out.
 */
export interface StoredHistories {
  /** Each distinct history: the instant its first period is asked at, each later period's first instant, and every period's verdict. */
  histories: [first: number, starts: number[], verdicts: Verdict[]][];
  /** Each placement's history, by its index in `histories`. */
  placements: number[];
  /** The platforms in catalog order: each one's id, time zone and surfaces' ids. */
  platforms: [id: string, timeZone: string, surfaces: string[]][];
  /** The sources' ids, in catalog order. */
  sources: string[];
}

/** A placement's periods as starts and verdicts (views/histories.ts History). */
export interface StoredHistory {
  /** Each period's first instant, -Infinity first. */
  readonly starts: readonly number[];
  readonly verdicts: readonly Verdict[];
  /** The instant the first period's answer is asked at: one millisecond before the first boundary. */
  readonly first: number;
}

const VERDICT_NAMES: ReadonlySet<unknown> = new Set<Verdict>(VERDICTS);

/**
 * Each of `count` placements' history as stored, when the histories are whole and as many as the
 * placements; else undefined. Each history has as many verdicts as periods, its starts finite and
 * rising, the first asked before them. A placement's history is the same object for every
 * placement that shares it. Indexed loops, no spread: read at a timeline's start, its code cold (#18).
 */
export function readStoredHistories(count: number, value: unknown): ((placement: number) => StoredHistory) | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { histories, placements } = value as Partial<Record<keyof StoredHistories, unknown>>;
  if (!Array.isArray(histories) || !Array.isArray(placements) || placements.length !== count) return undefined;
  const made: StoredHistory[] = new Array(histories.length);
  for (let index = 0; index < histories.length; index++) {
    const history = historyStored(histories[index]);
    if (history === undefined) return undefined;
    made[index] = history;
  }
  for (let index = 0; index < placements.length; index++) {
    const number: unknown = placements[index];
    if (!Number.isInteger(number) || (number as number) < 0 || (number as number) >= made.length) return undefined;
  }
  return (placement) => made[(placements as number[])[placement]!]!;
}

function historyStored(stored: unknown): StoredHistory | undefined {
  if (!Array.isArray(stored) || stored.length !== 3) return undefined;
  const first: unknown = stored[0];
  const later: unknown = stored[1];
  const verdicts: unknown = stored[2];
  if (typeof first !== 'number' || !Number.isFinite(first) || !Array.isArray(later) || !Array.isArray(verdicts) || verdicts.length !== later.length + 1) return undefined;
  const starts: number[] = new Array(later.length + 1);
  starts[0] = -Infinity;
  for (let index = 0; index < later.length; index++) {
    const start: unknown = later[index];
    if (typeof start !== 'number' || !Number.isFinite(start) || start <= (index === 0 ? first : starts[index]!)) return undefined;
    starts[index + 1] = start;
  }
  for (let index = 0; index < verdicts.length; index++) if (!VERDICT_NAMES.has(verdicts[index])) return undefined;
  return { starts, verdicts: verdicts as Verdict[], first };
}

/**
 * The platforms and sources as stored, and how many placements they make, when they are whole
 * (at least one platform, each with its id, zone and surfaces' ids; the sources' ids); else undefined.
 */
export function readStoredPlacements(value: unknown): (Pick<StoredHistories, 'platforms' | 'sources'> & { count: number }) | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { platforms, sources } = value as Partial<Record<keyof StoredHistories, unknown>>;
  if (!Array.isArray(platforms) || platforms.length === 0 || !Array.isArray(sources) || !sources.every((source) => typeof source === 'string')) return undefined;
  let count = 0;
  for (const platform of platforms as unknown[]) {
    if (!Array.isArray(platform) || platform.length !== 3 || typeof platform[0] !== 'string' || typeof platform[1] !== 'string' || !Array.isArray(platform[2]) || !platform[2].every((surface) => typeof surface === 'string')) return undefined;
    count += sources.length * (platform[2] as string[]).length;
  }
  return { platforms: platforms as StoredHistories['platforms'], sources: sources as string[], count };
}

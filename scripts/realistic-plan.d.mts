export function random(seed: number): () => number;
export function realisticRows(rows: number, seed?: number): Generator<[source: string, surface: string, date: string, platform: string, campaign: string]>;
export function writeRealisticPlan(path: string, rows: number, seed?: number): void;
export function writeRealisticJsonl(path: string, rows: number, seed?: number): void;
export function writeDistinctPlan(path: string, rows: number, seed?: number): void;

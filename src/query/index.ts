// The one road from text to answer: what a person wrote (a platform, a source as
// a name, link or share text, a surface, a date, an as-known-on day) to the
// engine's answer. The check, classify, a batch, the views and the library take
// it; it is part of the core, so it is given a Catalog and "now" and imports
// nothing from the host (test/query/browser-bundle.test.ts).
export { answerQuery, ask, checkSteps, codedSteps, DEFAULT_PLATFORM, directSteps, memoisedSteps, queryDate, resolveQuery } from './ask.js';
export { MAX_FIELD } from '../model/field-length.js';
export type { Asked, QueryText, ResolvedQuery, Steps } from './ask.js';
export { knownOnZone, readKnownOn } from './known-on.js';
export { sourcesNamed, surfaceNamed } from './names.js';
export { check, type Answer, type Query, type Verdict } from '../engine/check.js';
export { classifyInput } from '../link/classify.js';
// The steps the road takes, for a view or listing that needs one of them alone.
export { queryTime, type QueryTime } from '../time/query-time.js';
export { findNamed, resolvePlatform, resolveSource, resolveSurface } from '../engine/resolve.js';
export type { Catalog } from '../engine/catalog.js';

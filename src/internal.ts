// Everything the build and benchmark scripts use, bundled as dist/internal.js. Not part of
// the public API (package.json exports only dist/index.js): see src/index.ts.
export { publishedOn, type Catalog, type CompiledRule } from './engine/catalog.js';
export { compileCatalog, type CompileResult } from './engine/compile-catalog.js';
export { restoreCatalog, storeRules, type StoredRule } from './engine/catalog-store.js';
export { normalizeName } from './engine/names.js';
export { check, byPrecedence, type Answer, type CitedEvidence, type Query, type Reason, type Verdict } from './engine/check.js';
export { DataError, EXIT, InputError } from './engine/errors.js';
export { formatInstant, parseMoment, toInstant, type Moment, type Precision } from './engine/moment.js';
export { formatProblem, type Problem, type ProblemCode } from './engine/problems.js';
export { queryTime, type QueryTime } from './engine/query-time.js';
export { findNamed, resolvePlatform, resolveSource, resolveSurface, suggest } from './engine/resolve.js';
export { classifyInput, shownInput } from './link/classify.js';
export { hostInDomain, matchHost, normaliseHost, type DomainMatch } from './link/host.js';
export type * from './link/types.js';
export { builtinPaths, loadCatalog, loadRuleSet, packageRoot, readBuiltinTexts, type LoadOptions, type RuleSet, type Snapshot } from './load/load-catalog.js';
export { readRuleTexts, type RawFile } from './load/read-files.js';
export { validateRuleFile, validateSeedIndex } from './load/validate.js';
export { answerRenderers, type AnswerFormat } from './render/index.js';
export { answerToJson, renderJson } from './render/json.js';
export { renderText, type TextOptions } from './render/text.js';
export { classificationView, explain, linkView } from './render/link.js';
export { exitCodeFor } from './render/views.js';
export type * from './model/types.js';
export { buildVerdictIndex, type VerdictIndex, type VerdictQuery } from './engine/verdict-index.js';
export { ask, resolveQuery } from './batch/ask.js';
export type { ErrorCode } from './engine/errors.js';

// linkcheck as a library: load rules, check a query, explain the answer.
export { compileCatalog, publishedOn, type Catalog, type CompiledRule, type CompileResult } from './engine/catalog.js';
export { normalizeName } from './engine/catalog-checks.js';
export { check, byPrecedence, type Answer, type CitedEvidence, type Query, type Reason, type Verdict } from './engine/check.js';
export { DataError, EXIT, InputError } from './engine/errors.js';
export { formatInstant, parseMoment, toInstant, type Moment, type Precision } from './engine/moment.js';
export { formatProblem, type Problem, type ProblemCode } from './engine/problems.js';
export { queryTime, type QueryTime } from './engine/query-time.js';
export { findNamed, resolvePlatform, resolveSource, resolveSurface, suggest } from './engine/resolve.js';
export { loadCatalog, loadRuleSet, packageRoot, readBuiltinTexts, type LoadOptions, type RuleSet, type Snapshot } from './load/load-catalog.js';
export { readRuleTexts, type RawFile } from './load/read-files.js';
export { validateRuleFile, validateSeedIndex } from './load/validate.js';
export { answerRenderers, type AnswerFormat } from './render/index.js';
export { answerToJson, renderJson } from './render/json.js';
export { renderText, type TextOptions } from './render/text.js';
export { exitCodeFor } from './render/views.js';
export type * from './model/types.js';

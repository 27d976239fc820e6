// Rule-file problems for people: one line each, worded in the reader's language
// from the problem catalogues; an array for scripts, with the English message and
// hint it has always had.
import type { Problem } from '../errors/problems.js';
import { wordProblem } from '../i18n/en-problems.js';
import { wordProblemZh } from '../i18n/zh-problems.js';
import type { Words } from '../i18n/index.js';
import type { LintReport } from '../lint/lint-rules.js';
import type { PrintableError } from './error.js';
import { safeData, safeJson } from './safe.js';

/** One line: where, what and, in brackets, the line and column and what to do. Values are not made safe here. */
export function problemLine(problem: Problem, words: Words): string {
  const { message, hint } = words.lang === 'zh' ? wordProblemZh(problem.wording, problem.params) : wordProblem(problem.wording, problem.params);
  const where = problem.path ? words.say('lint.where', { file: problem.file, path: problem.path }) : problem.file;
  const at = problem.line === undefined ? [] : [words.say('lint.at', { line: problem.line, column: problem.column ?? 1 })];
  const notes = [...at, ...(hint ? [hint] : [])];
  return words.say('lint.line', { where, message, notes: notes.length > 0 ? words.say('lint.notes', { notes: notes.join(words.say('lint.noteSeparator')) }) : '' });
}

export function renderLintText(rawReport: LintReport, words: Words): string {
  const report = safeData(rawReport);
  const lines = report.problems.map((problem) => {
    const line = `${problemLine(problem, words)} [${problem.code}]`;
    return problem.severity === 'warning' ? words.say('lint.warning', { line }) : line;
  });
  type Counted = ['lint.oneFile', 'lint.files'] | ['lint.oneRule', 'lint.rules'] | ['lint.oneProblem', 'lint.problems'] | ['lint.oneWarning', 'lint.warnings'];
  const count = ([one, many]: Counted, n: number) => (n === 1 ? words.say(one) : words.say(many, { count: n }));
  const files = count(['lint.oneFile', 'lint.files'], report.files.length);
  const rules = count(['lint.oneRule', 'lint.rules'], report.rules);
  const warnings = report.problems.filter((problem) => problem.severity === 'warning').length;
  const errors = report.problems.length - warnings;
  const found = [...(errors > 0 ? [count(['lint.oneProblem', 'lint.problems'], errors)] : []), ...(warnings > 0 ? [count(['lint.oneWarning', 'lint.warnings'], warnings)] : [])];
  lines.push(found.length === 0 ? words.say('lint.clean', { files, rules }) : words.say('lint.found', { files, rules, problems: found.join(words.say('common.comma')) }));
  return `${lines.join('\n')}\n`;
}

export function renderLintJson(report: LintReport): string {
  return safeJson({ files: report.files, rules: report.rules, problems: report.problems.map(problemJson) });
}

function problemJson(problem: Problem) {
  const { message, hint } = wordProblem(problem.wording, problem.params);
  return { code: problem.code, severity: problem.severity ?? 'error', file: problem.file, path: problem.path, message, hint: hint ?? null, line: problem.line ?? null, column: problem.column ?? null };
}

/** An error that quotes a rule-file problem, with the problem worded in the reader's language (errorText makes it safe). */
export function problemWorded(error: PrintableError, problem: Problem, words: Words): PrintableError {
  return { ...error, params: { ...error.params, problem: problemLine(problem, words) } };
}

// Lint reports: one line per problem for people, an array for scripts.
import { formatProblem, type Problem } from '../engine/problems.js';
import type { LintReport } from '../lint/lint-rules.js';
import { safeData, safeJson } from './safe.js';

export function renderLintText(rawReport: LintReport): string {
  const report = safeData(rawReport);
  const lines = report.problems.map((problem) => `${formatProblem(problem)} [${problem.code}]`);
  const files = `${report.files.length} file${report.files.length === 1 ? '' : 's'}`;
  const rules = `${report.rules} rule${report.rules === 1 ? '' : 's'}`;
  const count = report.problems.length;
  lines.push(count === 0 ? `${files}, ${rules}: no problems` : `${files}, ${rules}: ${count} problem${count === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}

export function renderLintJson(report: LintReport): string {
  return safeJson({ files: report.files, rules: report.rules, problems: report.problems.map(problemJson) });
}

function problemJson(problem: Problem) {
  return { code: problem.code, file: problem.file, path: problem.path, message: problem.message, hint: problem.hint ?? null, line: problem.line ?? null, column: problem.column ?? null };
}

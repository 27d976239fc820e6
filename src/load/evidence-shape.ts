// Outside evidence must say where and when it was published. Checked on the raw
// JSON so the message names what is missing, rather than a failed union.
import { problem } from '../errors/problems.js';
import { jsonPath, type Problem } from '../errors/problems.js';

export function incompleteEvidence(json: unknown, file: string): Problem[] {
  const problems: Problem[] = [];
  const rules = isRecord(json) && Array.isArray(json.rules) ? json.rules : [];
  rules.forEach((rule, index) => {
    if (!isRecord(rule)) return;
    const lists: [PropertyKey[], unknown][] = [[['rules', index, 'evidence'], rule.evidence]];
    if (rule.untilEvidence !== undefined) lists.push([['rules', index, 'untilEvidence'], rule.untilEvidence]);
    if (isRecord(rule.disputed)) lists.push([['rules', index, 'disputed', 'evidence'], rule.disputed.evidence]);
    for (const [path, list] of lists) {
      if (!Array.isArray(list)) continue;
      list.forEach((evidence, position) => {
        if (!isRecord(evidence) || 'seed' in evidence) return;
        const noUrl = evidence.url === undefined;
        const noDate = evidence.published === undefined;
        if (!noUrl && !noDate) return;
        const wording = noUrl && noDate ? 'evidence-incomplete.both' : noUrl ? 'evidence-incomplete.url' : 'evidence-incomplete.published';
        problems.push(problem(wording, {}, file, jsonPath([...path, position])));
      });
    }
  });
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

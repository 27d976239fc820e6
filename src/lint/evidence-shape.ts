// Outside evidence must say where and when it was published. Checked on the raw
// JSON so the message names what is missing, rather than a failed union.
import { jsonPath, type Problem } from '../engine/problems.js';

export function incompleteEvidence(json: unknown, file: string): Problem[] {
  const problems: Problem[] = [];
  const rules = isRecord(json) && Array.isArray(json.rules) ? json.rules : [];
  rules.forEach((rule, index) => {
    if (!isRecord(rule)) return;
    const lists: [PropertyKey[], unknown][] = [[['rules', index, 'evidence'], rule.evidence]];
    if (isRecord(rule.disputed)) lists.push([['rules', index, 'disputed', 'evidence'], rule.disputed.evidence]);
    for (const [path, list] of lists) {
      if (!Array.isArray(list)) continue;
      list.forEach((evidence, position) => {
        if (!isRecord(evidence) || 'seed' in evidence) return;
        const missing = [evidence.url === undefined ? 'its address (url)' : '', evidence.published === undefined ? 'its publication date (published, YYYY-MM-DD)' : ''].filter(Boolean);
        if (missing.length === 0) return;
        problems.push({
          code: 'evidence-incomplete',
          file,
          path: jsonPath([...path, position]),
          message: `outside evidence lacks ${missing.join(' and ')}`,
          hint: 'cite a seed document with { "seed", "quote" }, or a report with { "url", "published", "quote" }',
        });
      });
    }
  });
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// The JSON Schema of rule files, generated from the zod schema so the two cannot
// drift apart. Editors use it through each file's "$schema". The zod schema names
// each description by an id; its words are in src/i18n/en-schema.ts.
import { z } from 'zod';
import { RULE_FILE_WORDS } from '../i18n/en-schema.js';
import { RuleFile } from '../model/schema.js';

export const SCHEMA_PATH = 'schema/rule-file.schema.json';

export function ruleFileJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(RuleFile, { io: 'input', target: 'draft-2020-12' });
  return {
    ...(worded(generated) as Record<string, unknown>),
    title: RULE_FILE_WORDS['rule-file.title'],
    description: RULE_FILE_WORDS['rule-file.description'],
  };
}

/** The schema with each description id replaced by its words, in place. */
function worded(node: unknown): unknown {
  if (Array.isArray(node)) node.forEach(worded);
  else if (typeof node === 'object' && node !== null) {
    const record = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      if (key === 'description' && typeof value === 'string' && Object.hasOwn(RULE_FILE_WORDS, value)) record[key] = RULE_FILE_WORDS[value as keyof typeof RULE_FILE_WORDS];
      else worded(value);
    }
  }
  return node;
}

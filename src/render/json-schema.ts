// The JSON Schema of rule files, generated from the zod schema so the two cannot
// drift apart. Editors use it through each file's "$schema".
import { z } from 'zod';
import { RuleFile } from '../model/schema.js';

export const SCHEMA_PATH = 'schema/rule-file.schema.json';

export function ruleFileJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(RuleFile, { io: 'input', target: 'draft-2020-12' });
  return {
    ...generated,
    title: 'linkcheck rule file',
    description: 'Platforms, sources and dated allow/deny rules with their evidence. See the README, "Rules".',
  };
}

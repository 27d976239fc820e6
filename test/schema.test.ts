// The committed JSON Schema is the one the code generates, and it accepts the
// shipped rule files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH, ruleFileJsonSchema } from '../src/render/json-schema.js';
import { ROOT } from './helpers/catalog.js';
import { cli } from './helpers/exec.js';

const committed = JSON.parse(readFileSync(join(ROOT, SCHEMA_PATH), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(committed);
const ruleFiles = readdirSync(join(ROOT, 'rules')).filter((name) => name.endsWith('.json'));

describe('the rule-file JSON Schema', () => {
  it('is in sync with the zod schema (regenerate with: linkcheck rules schema > schema/rule-file.schema.json)', () => {
    expect(committed).toEqual(ruleFileJsonSchema());
  });

  it('is what "linkcheck rules schema" prints', async () => {
    const run = await cli(['rules', 'schema']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(committed);
  });

  it.each(ruleFiles)('accepts rules/%s, which points at it', (name) => {
    const data = JSON.parse(readFileSync(join(ROOT, 'rules', name), 'utf8'));
    expect(data.$schema).toBe(`../${SCHEMA_PATH}`);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['an unknown key', { rules: [], extra: true }],
    ['a rule without evidence', JSON.parse(readFileSync(join(ROOT, 'test/fixtures/lint/no-evidence.json'), 'utf8'))],
    ['a misspelt rule field', JSON.parse(readFileSync(join(ROOT, 'test/fixtures/lint/schema.json'), 'utf8'))],
    ['an effect other than allow or deny', { rules: [{ id: 'x', platform: 'p', effect: 'maybe', sources: { ids: ['a'] }, surfaces: ['s'], from: '2022-01-01', status: 'reported', summary: 's', evidence: [{ seed: 'f', quote: 'q' }] }] }],
  ])('rejects %s', (_, data) => {
    expect(validate(data)).toBe(false);
  });
});

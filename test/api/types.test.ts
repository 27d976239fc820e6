// The package ships the types of its API and nothing else: after the build,
// dist/types holds the public entry and the one file it references, and a
// consumer's code compiles against the package as installed.
import { mkdirSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';
import { tempFolder } from '../helpers/temp.js';

function declarations(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? declarations(path) : [relative(join(ROOT, 'dist', 'types'), path)];
  });
}

/** The errors tsc reports for a consumer's file that imports '@linkcheck/cli' as installed. */
function compile(source: string): string[] {
  const folder = tempFolder('linkcheck-consumer-');
  mkdirSync(join(folder, 'node_modules', '@linkcheck'), { recursive: true });
  symlinkSync(ROOT, join(folder, 'node_modules', '@linkcheck', 'cli'), 'dir');
  writeFileSync(join(folder, 'package.json'), '{"type":"module"}');
  const file = join(folder, 'consumer.ts');
  writeFileSync(file, source);
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    types: [],
    lib: ['lib.es2022.d.ts'],
    exactOptionalPropertyTypes: true,
  });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

const CONSUMER = `
import { checkLink, checkPlan, createVerdictIndex, InputError, DataError, type CheckInput, type LinkAnswer, type PlanInput, type PlanSummary, type Verdict, type VerdictQuery } from '@linkcheck/cli';

const input: CheckInput = { source: 'taobao', surface: 'live-cart', date: '2022/6/1' };
export async function run(): Promise<string> {
  try {
    const answer: LinkAnswer = await checkLink(input, { asKnownOn: 'today', now: new Date(), rules: ['rules/my.json'] });
    const verdict: Verdict = answer.verdict;
    const first = answer.evidence[0];
    const where = first?.kind === 'seed' ? first.file : first?.url;
    const index = await createVerdictIndex({ builtinRules: true });
    const query: VerdictQuery = index.resolve(input);
    const plan: PlanInput = { bytes: new Uint8Array(), format: 'csv', name: 'plan.csv' };
    const rows = checkPlan(plan, { failOn: 'denied,stale', platform: '抖音', now: 0 });
    let next = await rows.next();
    while (!next.done) next = await rows.next();
    const summary: PlanSummary = next.value;
    return [verdict, where, answer.rule?.id, answer.freshness.queriedDay, index.verdicts([query]).join(), summary.counts.error].join(' ');
  } catch (error) {
    if (error instanceof InputError) return error.code + error.exitCode;
    if (error instanceof DataError) return error.message;
    throw error;
  }
}
`;

describe('the shipped types', () => {
  it('are the public entry and what it references, nothing else', () => {
    expect(declarations(join(ROOT, 'dist', 'types')).sort()).toEqual(['api/types.d.ts', 'index.d.ts']);
  });

  it("a consumer's file compiles against the package", () => {
    expect(compile(CONSUMER)).toEqual([]);
  });

  it('and refuses what the API does not give', () => {
    const errors = compile(`${CONSUMER}\nexport const wrong: number = (null as unknown as LinkAnswer).verdict;\nimport { resolveQuery } from '@linkcheck/cli';\n`);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^Type '.*' is not assignable to type 'number'\./);
    expect(errors[1]).toBe(`Module '"@linkcheck/cli"' has no exported member 'resolveQuery'.`);
  });
});

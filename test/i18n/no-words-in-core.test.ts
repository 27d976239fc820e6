// No sentence for people in the core (#15): the folders below produce data, ids and
// values, and every sentence lives in the catalogues of src/i18n/. This reads each
// string literal (and each template literal's text) of those folders and fails on one
// that holds a Chinese character or three English words in a row.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CORE = ['engine', 'load', 'link', 'time', 'model', 'errors'];

/**
 * Literals that read like sentences but are not for people: the messages of bugs
 * (a plain Error keeps its stack and is reported as an internal error, never
 * worded for a reader), each with the file it is in.
 */
const NOT_SENTENCES: ReadonlySet<string> = new Set([
  'src/engine/catalog.ts: seed document … is not indexed',
  'src/engine/cite.ts: seed document … missing from a compiled catalog',
  'src/load/builtin-files.ts: cannot find the linkcheck package root (rules/ next to package.json)',
  'src/load/snapshot.ts: … changed since linkcheck started (a new build): run the command again',
  'src/time/moment.ts: not a valid moment: …',
  'src/time/moment.ts: not an instant: …',
  'src/time/zone.ts: unexpected offset name "…" for …',
]);

/**
 * Four Chinese characters or more: a Chinese sentence. Shorter runs are the words the
 * core matches in what people paste (第三方, 淘宝, 日), not words it says.
 */
const HAN = /(?:\p{Script=Han}[^\p{Script=Han}]*){4}/u;
const THREE_WORDS = /\b[A-Za-z][a-z']*\s+[a-z][a-z']*\s+[a-z][a-z']*\b/;

function files(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** The text of every string and template literal in a file, comments left out. */
function literals(text: string): string[] {
  const found: string[] = [];
  const source = ts.createSourceFile('file.ts', text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    else if (ts.isTemplateExpression(node)) found.push([node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('…'));
    // An import's module name is not a sentence.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sentences(): string[] {
  return CORE.flatMap((folder) =>
    files(join(ROOT, 'src', folder)).flatMap((file) =>
      literals(readFileSync(file, 'utf8'))
        .filter((literal) => (HAN.test(literal) || THREE_WORDS.test(literal)) && !NOT_SENTENCES.has(`${relative(ROOT, file)}: ${literal}`))
        .map((literal) => `${relative(ROOT, file)}: ${JSON.stringify(literal)}`),
    ),
  );
}

describe('the core holds no sentence for people', () => {
  it('finds none in engine, load, link, time, model and errors', () => {
    expect(sentences()).toEqual([]);
  });

  it('would find one', () => {
    expect(literals("const a = 'no rule with id \"x\"'; // not this one\nconst b = `未知来源 ${x}`; const c = '第三方';").filter((literal) => HAN.test(literal) || THREE_WORDS.test(literal))).toEqual([
      'no rule with id "x"',
      '未知来源 …',
    ]);
  });
});

// answerPlan runs where the page and an edge runtime run it: bundled for the browser
// platform, the road from a plan's bytes to its rows (the readers, the workbook's
// unpacking, the batch, the NDJSON rows) pulls in no Node built-in and reaches for no
// Node global; and the bundle, run in a context that has only the web platform's
// globals, answers a CSV plan and a workbook with the lines it gives in Node.
import { createContext, runInContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerPlan, type PlanInput } from '../../src/api/answer-plan.js';
import type { Catalog } from '../../src/engine/catalog.js';
import { browserBundle } from '../helpers/browser-bundle.js';
import { builtinCatalog } from '../helpers/catalog.js';
import { zip } from '../helpers/xlsx.js';

const bundle = (format: 'esm' | 'iife') => browserBundle('src/api/answer-plan.ts', { format, globalName: 'planBundle' });

type AnswerPlan = typeof answerPlan;

let catalog: Catalog;
let code: string;
let builtins: string[];
beforeAll(async () => {
  catalog = await builtinCatalog();
  ({ code, builtins } = await bundle('iife'));
});

async function lines(run: AnswerPlan, input: PlanInput): Promise<string[]> {
  const out: string[] = [];
  for await (const line of run(catalog, input, { now: Date.UTC(2026, 2, 15) })) out.push(line);
  return out;
}

const CSV = 'source,surface,date\r\ntaobao,live-cart,2022-06-01\r\nhttps://item.taobao.com.evil.cn/item.htm?id=1,live-cart,today\r\n"jd, the shop",live-cart,2022-06-01\r\n';

/** A workbook of shared strings, a date cell and an inline string, deflated. */
const WORKBOOK = zip([
  { name: '[Content_Types].xml', text: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
  { name: '_rels/.rels', text: '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>' },
  { name: 'xl/workbook.xml', text: '<workbook><sheets><sheet name="计划" sheetId="1" r:id="rId1"/></sheets></workbook>' },
  { name: 'xl/_rels/workbook.xml.rels', text: '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
  { name: 'xl/sharedStrings.xml', text: '<sst><si><t>来源</t></si><si><t>位置</t></si><si><t>日期</t></si><si><t>淘宝</t></si><si><t>直播间购物车</t></si></sst>' },
  { name: 'xl/styles.xml', text: '<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>' },
  {
    name: 'xl/worksheets/sheet1.xml',
    text:
      '<worksheet><sheetData>' +
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
      '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" s="1"><v>44713</v></c></row>' +
      '<row r="3"><c r="A3" t="inlineStr"><is><t>jd</t></is></c><c r="B3" t="inlineStr"><is><t>short-video-cart</t></is></c><c r="C3" t="inlineStr"><is><t>2022-06-01</t></is></c></row>' +
      '</sheetData></worksheet>',
  },
]);

describe('answerPlan bundles for the browser', () => {
  it('pulls in no Node built-in and uses no process, Buffer or require', async () => {
    expect(builtins).toEqual([]);
    const esm = await bundle('esm');
    expect(esm.builtins).toEqual([]);
    expect(esm.code.match(/\b(process|Buffer|require|__dirname|__filename|setImmediate)\b(?=\s*[.([])/g) ?? []).toEqual([]);
    // The whole road is in the bundle: a test that bundles nothing cannot fail.
    for (const part of ['answerPlan', 'readCsv', 'readJsonl', 'readXlsx', 'DecompressionStream', 'rowJson', 'runBatch']) expect(esm.code).toContain(part);
  });

  it('runs with only the web platform: the same lines as in Node, for CSV and a workbook', async () => {
    // A context of its own: JavaScript's built-ins, and of the host only what a browser has too.
    const web = { URL, URLSearchParams, TextEncoder, TextDecoder, DecompressionStream, ReadableStream, WritableStream, TransformStream, AbortController, setTimeout, clearTimeout, queueMicrotask, console };
    const context = createContext({ ...web });
    runInContext(code, context);
    const bundled = (context as { planBundle: { answerPlan: AnswerPlan } }).planBundle.answerPlan;
    expect(runInContext('typeof Buffer + typeof process + typeof require', context)).toBe('undefinedundefinedundefined');

    const csv = { bytes: new TextEncoder().encode(CSV), format: 'csv', name: 'plan.csv' } as const;
    const inNode = await lines(answerPlan, csv);
    expect(inNode.map((line) => (JSON.parse(line) as { verdict?: string }).verdict)).toEqual(['denied', 'unknown', undefined]);
    expect(await lines(bundled, csv)).toEqual(inNode);

    // zip() deflates every part not marked stored: the bundle's unpacking is exercised, not skipped.
    expect(WORKBOOK.readUInt16LE(8)).toBe(8);
    const workbook = { bytes: new Uint8Array(WORKBOOK), format: 'xlsx', name: 'plan.xlsx' } as const;
    const workbookInNode = await lines(answerPlan, workbook);
    expect(workbookInNode.map((line) => (JSON.parse(line) as { line: number; verdict: string; row: Record<string, string> })).map((row) => [row.line, row.verdict, row.row['日期']])).toEqual([
      [2, 'denied', '2022-06-01'],
      [3, 'allowed', '2022-06-01'],
    ]);
    expect(await lines(bundled, workbook)).toEqual(workbookInNode);
  });
});

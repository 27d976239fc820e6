// A plan's unreadable rows (malformed CSV, JSON Lines that are no object) are worded in the
// reader's language in the text report, as the rows the engine refuses are.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/exec.js';
import { tempFolder } from '../helpers/temp.js';

function plan(name: string, text: string): string {
  const path = join(tempFolder('linkcheck-rows-zh-'), name);
  writeFileSync(path, text);
  return path;
}

describe('unreadable rows of a plan in English and Chinese', () => {
  it.each([
    ['plan.csv', 'source,surface,date\njd,live-cart,2022-06-01,x\n', "this row has 4 cells and the header 3: quote cells that hold a comma, the plan's separator", '此行有 4 个单元格，而表头有 3 个：含逗号（计划的分隔符）的单元格请加引号'],
    ['plan.csv', 'source,surface,date\nj"d,live-cart,2022-06-01\n', 'unknown source "j"d"', '未知来源 "j"d"'],
    ['plan.jsonl', '[1]\n', 'not a JSON object but an array: each line holds one object with source, surface and date', '不是 JSON 对象，而是数组：每行应是一个含 source、surface 和 date 的对象'],
    ['plan.jsonl', 'null\n', 'not a JSON object but null: each line holds one object with source, surface and date', '不是 JSON 对象，而是 null：每行应是一个含 source、surface 和 date 的对象'],
    ['plan.jsonl', '{"source":{"a":1},"surface":"live-cart","date":"2022-06-01"}\n', '"source" must be a string, number or null', '"source" 必须是字符串、数字或 null'],
    ['plan.jsonl', '{"source":"jd","source":"taobao","surface":"live-cart","date":"2022-06-01"}\n', 'the key "source" is written more than once in this line\'s object: which value is meant cannot be known; write each key once', '此行对象中 "source" 写了不止一次，无法知道指的是哪个值；每个键只写一次'],
  ])('%s %j', async (name, text, english, chinese) => {
    const path = plan(name, text);
    const en = await cli(['batch', path]);
    const zh = await cli(['batch', path, '--lang', 'zh']);
    expect(en.code).toBe(2);
    expect(zh.code).toBe(2);
    expect(en.stdout.split('\n')[1]).toContain(`  ${english}`);
    expect(zh.stdout.split('\n')[1]).toContain(`  ${chinese}`);
  });
});

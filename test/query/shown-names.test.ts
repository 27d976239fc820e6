// The names output shows (surfaces -p xiaohongshu --lang zh: note-link 笔记挂链; platforms; sources)
// are taken as input wherever an id or alias is: a check, a batch row, the HTTP service and the
// library answer for them exactly as for the id.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLink } from '../../src/index.js';
import { ask, service } from '../serve/service.js';
import { NOW, runMain } from '../cli/run-main.js';
import { tempFolder } from '../helpers/temp.js';

const folder = tempFolder('linkcheck-shown-names-');

/** Each query by its shown names, and the same by ids. */
const SAME: [byName: string[], byId: string[]][] = [
  [['taobao', '笔记挂链', '2025-06-01', '-p', 'xiaohongshu'], ['taobao', 'note-link', '2025-06-01', '-p', 'xiaohongshu']],
  [['taobao', '用户资料（个人主页）', '2025-06-01', '-p', '小红书'], ['taobao', 'profile', '2025-06-01', '-p', 'xiaohongshu']],
  [['个体户或企业的微信小商店', 'private-chat', '2025-06-01', '-p', '微信和视频号'], ['wechat-shop', 'private-chat', '2025-06-01', '-p', 'wechat']],
  [['Kuaishou Shop (快手小店)', 'live-cart', '2022-06-01', '-p', 'Kuaishou (快手)'], ['kuaishou-shop', 'live-cart', '2022-06-01', '-p', 'kuaishou']],
];

describe('shown names as input', () => {
  it.each(SAME)('a check: %j answers as %j', async (byName, byId) => {
    const named = await runMain([...byName, '--json']);
    expect(named.code).not.toBe(2);
    expect(JSON.parse(named.stdout)).toEqual(JSON.parse((await runMain([...byId, '--json'])).stdout));
  });

  it('a batch row', async () => {
    const plan = join(folder, 'plan.csv');
    writeFileSync(plan, 'source,surface,date,platform\ntaobao,笔记挂链,2025-06-01,xiaohongshu\ntaobao,note-link,2025-06-01,xiaohongshu\n个体户或企业的微信小商店,private-chat,2025-06-01,微信和视频号\nwechat-shop,private-chat,2025-06-01,wechat\n');
    const rows = (await runMain(['batch', plan, '--ndjson'])).stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    const answer = ({ line: _line, row: _row, ...rest }: Record<string, unknown>) => rest;
    expect(rows).toHaveLength(4);
    expect(rows.map((row) => [row.surface, row.verdict])).toEqual([['note-link', 'denied'], ['note-link', 'denied'], ['private-chat', 'allowed'], ['private-chat', 'allowed']]);
    expect(answer(rows[0]!)).toEqual(answer(rows[1]!));
    expect(answer(rows[2]!)).toEqual(answer(rows[3]!));
  });

  it('the HTTP service and the library', async () => {
    const app = await service();
    const reply = await ask(app, `/v1/check?source=taobao&surface=${encodeURIComponent('笔记挂链')}&platform=xiaohongshu&at=2025-06-01`);
    expect([reply.status, (reply.json as { surface: string }).surface]).toEqual([200, 'note-link']);
    const answer = await checkLink({ source: 'taobao', surface: '笔记挂链', date: '2025-06-01', platform: '小红书' }, { now: NOW });
    expect([answer.surface, answer.verdict]).toEqual(['note-link', 'denied']);
  });
});

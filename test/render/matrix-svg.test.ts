// The matrix as SVG (src/render/matrix-svg.ts): each cell's verdict in words and colour,
// the asked cells outlined, every name escaped.
import { describe, expect, it } from 'vitest';
import { renderMatrixSvg } from '../../src/render/matrix-svg.js';
import { queryTime } from '../../src/time/query-time.js';
import { matrixOf } from '../../src/views/matrix.js';
import { builtinCatalog } from '../helpers/catalog.js';

const outlines = (svg: string) => svg.match(/fill="none" stroke="#000"/g)?.length ?? 0;

describe('renderMatrixSvg', () => {
  it('words each cell, colours it, and outlines the asked cells (a group: each member)', async () => {
    const catalog = await builtinCatalog();
    const matrix = matrixOf(catalog, 'kuaishou', queryTime('2022-06-01', 'Asia/Shanghai', 0));
    const svg = renderMatrixSvg(matrix, { lang: 'en', mark: { sources: ['taobao', 'tmall'], surface: 'live-cart' } });
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" /);
    expect(svg).toContain('<title>kuaishou · 2022-06-01 (Asia/Shanghai)</title>');
    const jd = matrix.rows[2]![1]!;
    expect([jd.source.id, jd.surface.id, jd.answer.verdict]).toEqual(['jd', 'short-video-cart', 'allowed']);
    expect(svg).toContain(`<title>jd · short-video-cart: allowed; rule ${jd.answer.rule!.rule.id}</title>`);
    // Each denied cell, and the legend.
    expect(svg.match(/>✘ denied</g)?.length).toBe(matrix.rows.flat().filter((cell) => cell.answer.verdict === 'denied').length + 1);
    expect(outlines(svg)).toBe(2);
    expect(outlines(renderMatrixSvg(matrix, { lang: 'en', mark: { sources: [], surface: 'live-cart' } }))).toBe(0);
    const zh = renderMatrixSvg(matrix, { lang: 'zh' });
    expect(zh).toContain('>✘ 禁止<');
    expect(zh).toContain('>直播间购物车<');
  });

  it('escapes names from a rule file', async () => {
    const catalog = await builtinCatalog();
    const matrix = matrixOf(catalog, 'kuaishou', queryTime('2022-06-01', 'Asia/Shanghai', 0));
    const hostile = { ...matrix, sources: matrix.sources.map((source, index) => (index === 0 ? { ...source, id: '<script>&"' } : source)) };
    hostile.rows = matrix.rows.map((row, index) => (index === 0 ? row.map((cell) => ({ ...cell, source: hostile.sources[0]! })) : row));
    const svg = renderMatrixSvg(hostile, { lang: 'en' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;&amp;&quot;');
  });
});

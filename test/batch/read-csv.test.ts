// Reading a CSV plan in chunks gives the same rows, at the same lines, wherever
// the chunks are cut: inside a quoted cell, between a CR and its LF, inside a
// character of several bytes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeChunks } from '../../src/batch/read/decode.js';
import { asciiText } from '../../src/cli/batch-io.js';
import { separatorOf } from '../../src/batch/read/csv-separator.js';
import { readCsv } from '../../src/batch/read/read-csv.js';
import type { RecordSink, RecordText } from '../../src/batch/read/records.js';
import type { InputError } from '../../src/errors/errors.js';
import { errorMessage } from '../../src/i18n/error-words.js';
import { utf16 } from '../helpers/utf16.js';

type Row = [line: number, cells: readonly string[], error?: string];

async function* asChunks<T>(chunks: readonly T[]): AsyncGenerator<T> {
  for (const chunk of chunks) yield chunk;
}

/** The rows read, each the same whether the sink takes a record's cells or where they lie in the chunk (RecordSink.text). */
async function rowsOf(chunks: readonly string[]): Promise<Row[]> {
  const rows: Row[] = [];
  await readCsv(asChunks(chunks), (line, _, cells, error) => void rows.push(error === undefined ? [line, [...cells]] : [line, [...cells], errorMessage(error)]), () => {});
  const where: Row[] = [];
  const sink: RecordSink = Object.assign((line: number, _: readonly string[], cells: readonly string[], error: InputError | undefined) => void where.push(error === undefined ? [line, [...cells]] : [line, [...cells], errorMessage(error)]), {
    text: (line: number, _: readonly string[], record: RecordText) => void where.push([line, record.cells()]),
  });
  await readCsv(asChunks(chunks), sink, () => {});
  expect(where).toEqual(rows);
  return rows;
}

function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length; at += size) out.push(text.slice(at, at + size));
  return out;
}

/** The text cut in two at every place, and cut in pieces of every length. */
function cuts(text: string): string[][] {
  const ways: string[][] = [];
  for (let at = 1; at < text.length; at++) ways.push([text.slice(0, at), text.slice(at)]);
  for (let size = 1; size < text.length; size++) {
    const pieces: string[] = [];
    for (let at = 0; at < text.length; at += size) pieces.push(text.slice(at, at + size));
    ways.push(pieces);
  }
  return ways;
}

describe('readCsv in chunks', () => {
  it.each<[string, string, Row[]]>([
    ['plain rows', 'source,surface,date\njd,live-cart,2022-06-01\ntaobao,live-cart,2022-06-02\n', [
      [2, ['jd', 'live-cart', '2022-06-01']],
      [3, ['taobao', 'live-cart', '2022-06-02']],
    ]],
    ['a quoted cell with newlines and a comma', 'source,surface,date\n"jd\nx\ny",live-cart,"2022,06"\njd,short-video-cart,2022-06-01\n', [
      [2, ['jd\nx\ny', 'live-cart', '2022,06']],
      [5, ['jd', 'short-video-cart', '2022-06-01']],
    ]],
    ['blank lines, and no newline at the end', 'source,surface,date\n\njd,live-cart,2022-06-01\n\n\n"a\n\nb",c,d', [
      [3, ['jd', 'live-cart', '2022-06-01']],
      [6, ['a\n\nb', 'c', 'd']],
    ]],
    // A quote inside a bare cell is text (as Excel reads it); text after a closing quote makes the row an error, and the next row is read.
    ['a quote not doubled', 'source,surface,date\njd,live"cart,2022-06-01\n"x"y,live-cart,2022-06-01\njd,live-cart,2022-06-01\n', [
      [2, ['jd', 'live"cart', '2022-06-01']],
      [3, ['x"y', 'live-cart', '2022-06-01'], 'malformed CSV: a quote inside a cell is not doubled ("")'],
      [4, ['jd', 'live-cart', '2022-06-01']],
    ]],
    // Text after a quote that closed a cell of several lines: the lines it took into the row are named.
    ['a quote not doubled after a cell that spans lines', 'source,surface,date,note\njd,short-video-cart,2022-06-01,"12"" screen\ntaobao,live-cart,2022-06-01,ok\ntmall,live-cart,2022-06-01,"ok"\njd,live-cart,2022-06-01,\n', [
      [2, ['jd', 'short-video-cart', '2022-06-01', '12" screen\ntaobao,live-cart,2022-06-01,ok\ntmall,live-cart,2022-06-01,"ok"'], 'malformed CSV: a quote inside a cell is not doubled (""): lines 2 to 4 were read as one row'],
      [5, ['jd', 'live-cart', '2022-06-01', '']],
    ]],
    // A doubled quote is one quote of text: at a cell's start, its end, alone, twice over, beside a newline; then text after a closing quote.
    ['doubled quotes', 'source,surface,date\n"【天猫】""新品"" 上市, https://m.tb.cn/h.x",live-cart,2022-06-01\n"""a""","""","x""\n""y"\n"a""b"c,d,e\nf,"""",""""""""\n', [
      [2, ['【天猫】"新品" 上市, https://m.tb.cn/h.x', 'live-cart', '2022-06-01']],
      [3, ['"a"', '"', 'x"\n"y']],
      [5, ['a"b"c', 'd', 'e'], 'malformed CSV: a quote inside a cell is not doubled ("")'],
      [6, ['f', '"', '"""']],
    ]],
    // Newlines among doubled quotes, then bare rows: each newline counted once, and the next found after them ends the record.
    ['doubled quotes between newlines, then bare rows', 'source,surface,date\n"a""\n""b""\n\n""c",x,y\njd,live-cart,2022-06-01\n"""",z\nq,r,s\n', [
      [2, ['a"\n"b"\n\n"c', 'x', 'y']],
      [6, ['jd', 'live-cart', '2022-06-01']],
      [7, ['"', 'z']],
      [8, ['q', 'r', 's']],
    ]],
    // Excel's first line naming the separator: taken, and its line counted; a sep= line naming another separator is a header like any.
    ['Excel\'s sep= line', 'sep=;\n\nsource;surface;date\n"jd;x";live-cart;2022,06\n', [
      [4, ['jd;x', 'live-cart', '2022,06']],
    ]],
    ['a sep= line naming a tab', 'SEP=\t\nsource\tsurface\tdate\njd\tlive-cart\t2022-06-01\n', [
      [3, ['jd', 'live-cart', '2022-06-01']],
    ]],
    // Every record is a row: an empty quoted cell, a row of commas; only a line with nothing on it is not.
    ['records of empty cells', 'source,surface,date\n""\n\n,,\n"",""\n', [
      [2, ['']],
      [4, ['', '', '']],
      [5, ['', '']],
    ]],
    ['a record over 1 MiB is an error row, and the next is read', `source,surface,date\n"${'x'.repeat(1_100_000)}",a,b\njd,live-cart,2022-06-01`, [
      [2, [], 'this row is at least 1100006 bytes long (UTF-8); at most 1048576 (1 MiB) are read'],
      [3, ['jd', 'live-cart', '2022-06-01']],
    ]],
    ['a quoted cell never closed', 'source,surface,date\njd,live-cart,2022-06-01\n"jd,live-cart\n2022-06-01\n', [
      [2, ['jd', 'live-cart', '2022-06-01']],
      [3, ['jd,live-cart\n2022-06-01\n'], 'malformed CSV: a quoted cell is never closed: lines 3 to 4 were read as one row'],
    ]],
    ['too many cells', 'source,surface,date\njd,live-cart,2022-06-01,extra\n', [
      [2, ['jd', 'live-cart', '2022-06-01', 'extra'], "this row has 4 cells and the header 3: quote cells that hold a comma, the plan's separator"],
    ]],
  ])('%s: the same rows and lines, however the text is cut', async (_, text, expected) => {
    expect(await rowsOf([text])).toEqual(expected);
    for (const chunks of text.length < 1000 ? cuts(text) : [pieces(text, 65_536), pieces(text, 7_777)]) expect({ at: chunks.map((chunk) => chunk.length).slice(0, 3), rows: await rowsOf(chunks) }).toEqual({ at: chunks.map((chunk) => chunk.length).slice(0, 3), rows: expected });
  });

  it("counts no sep= line among the blank lines, and refuses a sep= line naming a separator it does not read, not taking it for the header", async () => {
    const blank = async (text: string) => (await readCsv(asChunks([text]), () => {}, () => {})).blank;
    expect(await blank('sep=;\nsource;surface;date\njd;live-cart;2022-06-01\n')).toBe(0);
    expect(await blank('sep=;\n\nsource;surface;date\njd;live-cart;2022-06-01\n')).toBe(1);
    // A longer line is no sep= line: it is the header.
    const seen: (readonly string[])[] = [];
    await readCsv(asChunks(['sep=;;\nsource;surface;date\n']), () => {}, (header) => void seen.push(header));
    expect(seen).toEqual([['sep=', '', '']]);
    // A character outside the Basic Multilingual Plane is the longest such line (two code units).
    for (const [line, separator] of [['sep=|', '|'], ['SEP=:', ':'], ['sep= ', ' '], ['sep=\u{1f600}', '\u{1f600}'], ['\u017fep=|', '|']] as const) {
      const headers: (readonly string[])[] = [];
      const refused = await readCsv(asChunks([`${line}\na|b\n`]), () => {}, (header) => void headers.push(header)).then(() => 'read', (error: InputError) => [error.code, errorMessage(error)]);
      expect(refused).toEqual(['bad-header', `the first line "sep=${separator}" names ${separator} as the separator of cells, which linkcheck does not read: save the plan with commas, tabs or semicolons (sep=, sep=; or sep= and a tab names one of them)`]);
      expect(headers).toEqual([]);
    }
  });

  it('counts a quoted newline in a chunk of rows whose own text has no quote', async () => {
    // The quote opens in the first chunk; the row ends in a later chunk without one.
    expect(await rowsOf(['source,surface,date\n"a\n', 'b\nc', ',d,e\nf,g,h\n'])).toEqual([
      [2, ['a\nb\nc,d,e\nf,g,h\n'], 'malformed CSV: a quoted cell is never closed: lines 2 to 5 were read as one row'],
    ]);
    expect(await rowsOf(['source,surface,date\n"a\n', 'b\nc"', ',d,e\nf,g,h\n'])).toEqual([
      [2, ['a\nb\nc', 'd', 'e']],
      [5, ['f', 'g', 'h']],
    ]);
  });
});

describe("decodeChunks with Node's reading of ASCII", () => {
  // Its first TextDecoder costs a process about 0.3 ms: a plan in ASCII needs none (#18).
  it.each([
    ['a plan in ASCII makes no TextDecoder', ['source,surface,date\r\n', 'taobao,live-cart,2022-06-01\r\n'], 0],
    ['a plan with other characters makes one when they come', ['source,surface,date\n', '淘宝,live-cart,2022-06-01\n', 'jd,live-cart,2022-06-01\n'], 1],
  ])('%s', async (_name, parts, expected) => {
    const Original = globalThis.TextDecoder;
    let made = 0;
    globalThis.TextDecoder = class extends Original {
      constructor(...args: ConstructorParameters<typeof TextDecoder>) {
        super(...args);
        made++;
      }
    };
    try {
      let text = '';
      for await (const part of decodeChunks(asChunks(parts.map((part) => Buffer.from(part))), 'utf-8', 'plan.csv', asciiText)) text += part;
      expect(text).toBe(parts.join('').replace(/\r\n/g, '\n'));
    } finally {
      globalThis.TextDecoder = Original;
    }
    expect(made).toBe(expected);
  });
});

// Each chunk of ASCII decoded whole by a TextDecoder, or read by Node's own ASCII check and copy,
// as the CLI reads a plan (src/cli/plan-input.ts): the same text either way.
describe.each([
  ['a TextDecoder', undefined],
  ["Node's reading of ASCII", asciiText],
])('decodeChunks, ASCII chunks read by %s', (_road, ascii) => {
  const decoded = async (chunks: readonly Uint8Array[], encoding: 'utf-8' | 'gb18030' = 'utf-8') => {
    let text = '';
    for await (const part of decodeChunks(asChunks(chunks), encoding, 'plan.csv', ascii)) text += part;
    return text;
  };
  const bytesCut = (bytes: Uint8Array): Uint8Array[][] => {
    const ways: Uint8Array[][] = [];
    for (let at = 1; at < bytes.length; at++) ways.push([bytes.subarray(0, at), bytes.subarray(at)]);
    for (let size = 1; size < 5; size++) {
      const pieces: Uint8Array[] = [];
      for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.subarray(at, at + size));
      ways.push(pieces);
    }
    return ways;
  };

  it.each([
    ['a BOM, CRLF, a lone CR, characters of 2, 3 and 4 bytes', '\ufeffsource,surface\r\n淘宝,直播间\rjd,é🛒\r\n', 'source,surface\n淘宝,直播间\njd,é🛒\n'],
    ['a CR at the very end', 'a,b\r', 'a,b\n'],
    ['CR CR LF: two line ends', 'a\r\r\nb', 'a\n\nb'],
  ])('%s: the same text, however the bytes are cut', async (_, text, expected) => {
    const bytes = new TextEncoder().encode(text);
    for (const chunks of bytesCut(bytes)) expect({ at: chunks.map((chunk) => chunk.length), text: await decoded(chunks) }).toEqual({ at: chunks.map((chunk) => chunk.length), text: expected });
  });

  it('a byte order mark after the first byte is a character, and a bad byte after ASCII chunks is named where it is, however the bytes are cut', async () => {
    const encoder = new TextEncoder();
    const cases: [Uint8Array, string][] = [
      [encoder.encode('ab,c\n\ufeffd,e\n'), 'ab,c\n\ufeffd,e\n'],
      [encoder.encode('\ufeffab\r\n\ufeff淘宝\n'), 'ab\n\ufeff淘宝\n'],
    ];
    for (const [bytes, expected] of cases) for (const chunks of bytesCut(bytes)) expect(await decoded(chunks)).toBe(expected);
    const bad = Uint8Array.from([...encoder.encode('source,surface\n'), 0x61, 0xff, 0x62, 0x0a]);
    for (const chunks of bytesCut(bad)) {
      // The byte is named at its offset, whichever chunk holds it.
      const error = await decoded(chunks).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(errorMessage(error as InputError)).toMatch(/^plan\.csv is not valid UTF-8 at byte 16 \(0xFF\)/);
    }
  });

  it('any text of ASCII runs, characters of 2 to 4 bytes and CRs: the same text as decoded at once, however the bytes are cut', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('source,surface\n', 'jd', ',', '\r', '\r\n', 'é', '淘宝', '🛒', '\ufeff', 'x'.repeat(40)), { maxLength: 30 }), fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 8 }), async (parts, sizes) => {
        const text = parts.join('');
        const bytes = new TextEncoder().encode(text);
        const chunks: Uint8Array[] = [];
        for (let at = 0, n = 0; at < bytes.length; n++) {
          const size = sizes[n % sizes.length]!;
          chunks.push(bytes.subarray(at, at + size));
          at += size;
        }
        const expected = new TextDecoder().decode(bytes).replace(/\r\n?/g, '\n');
        expect(await decoded(chunks)).toBe(expected);
      }),
      { numRuns: 300, seed: 20261204 },
    );
  });

  it('GB18030: the same text, however the bytes are cut', async () => {
    // 淘宝,直播间 CRLF, in GB18030 (Node has no GB18030 encoder).
    const bytes = Uint8Array.from([0xcc, 0xd4, 0xb1, 0xa6, 0x2c, 0xd6, 0xb1, 0xb2, 0xa5, 0xbc, 0xe4, 0x0d, 0x0a]);
    for (const chunks of bytesCut(bytes)) expect(await decoded(chunks, 'gb18030')).toBe('淘宝,直播间\n');
  });

  it('decodes each chunk before the next is read, so a reader may fill the same buffer again', async () => {
    const bytes = new TextEncoder().encode('source,surface\r\n淘宝,直播间购物车\r\n'.repeat(50));
    const buffer = new Uint8Array(7);
    function* reused(): Generator<Uint8Array> {
      for (let at = 0; at < bytes.length; at += buffer.length) {
        const piece = bytes.subarray(at, at + buffer.length);
        buffer.set(piece);
        yield buffer.subarray(0, piece.length);
      }
    }
    let text = '';
    for await (const part of decodeChunks(reused(), 'utf-8', 'plan.csv', ascii)) text += part;
    expect(text).toBe('source,surface\n淘宝,直播间购物车\n'.repeat(50));
  });
});

// A spreadsheet's "Unicode Text" export is UTF-16 with a byte order mark, its cells parted by tabs.
describe('decodeChunks of UTF-16 with a byte order mark', () => {
  const decoded = async (chunks: readonly Uint8Array[], encoding: 'utf-8' | 'gb18030' = 'utf-8') => {
    let text = '';
    for await (const part of decodeChunks(asChunks(chunks), encoding, 'plan.txt', asciiText)) text += part;
    return text;
  };

  it.each(['le', 'be'] as const)('UTF-16%s: the text without its mark, CRLF read as LF, however the bytes are cut', async (order) => {
    const bytes = utf16('商品链接\t投放位置\t开播日期\r\n"复制￥AEpabxiRg0u￥, 手淘"\t直播间购物车\t2022/6/1\r\n🛒\tlive-cart\t2022-06-01', order);
    const expected = '商品链接\t投放位置\t开播日期\n"复制￥AEpabxiRg0u￥, 手淘"\t直播间购物车\t2022/6/1\n🛒\tlive-cart\t2022-06-01';
    for (let at = 1; at < bytes.length; at++) expect({ at, text: await decoded([bytes.subarray(0, at), bytes.subarray(at)]) }).toEqual({ at, text: expected });
    for (let size = 1; size < 6; size++) expect({ size, text: await decoded(pieces(String.fromCharCode(...bytes), size).map((piece) => Uint8Array.from(piece, (c) => c.charCodeAt(0)))) }).toEqual({ size, text: expected });
  });

  it('only as the first bytes, and only when the encoding is left to it: elsewhere they are bytes of the encoding given', async () => {
    const refusal = (chunks: readonly Uint8Array[], encoding?: 'gb18030') =>
      decoded(chunks, encoding).then(
        () => 'read',
        (error: unknown) => errorMessage(error as InputError),
      );
    const marked = Uint8Array.of(0xff, 0xfe, 0x61, 0x00);
    expect(await refusal([Uint8Array.of(0x61, 0x0a), marked])).toMatch(/^plan\.txt is not valid UTF-8 at byte 2 \(0xFF\)/);
    expect(await refusal([marked], 'gb18030')).toMatch(/^plan\.txt is not valid GB18030/);
    // One byte that could open the mark, and nothing after it: read as UTF-8, and refused.
    expect(await refusal([Uint8Array.of(0xff)])).toMatch(/^plan\.txt is not valid UTF-8 at byte 0 \(0xFF\)/);
  });
});

describe('the separator of cells, from the header line', () => {
  it.each([
    ['source,surface,date', ','],
    ['source\tsurface\tdate', '\t'],
    ['source;surface;date', ';'],
    // A comma anywhere in the header keeps commas: a plan that was read before is read the same.
    ['source\tsurface,date', ','],
    ['"来源;链接",surface,date', ','],
    // Inside quotes a comma, a tab or a semicolon is a header's text, not a separator.
    ['"来源,链接"\t位置\t日期', '\t'],
    ['"a ""b,c"""\tsurface\tdate', '\t'],
    ['"来源\t链接";位置;日期', ';'],
    ['来源\t位置;备注\t日期', '\t'],
    ['source', ','],
    ['', ','],
  ])('%j: %j', (header, separator) => {
    expect(separatorOf(header)).toBe(separator);
  });

  // Rows written with tabs or semicolons (each cell quoted when it holds the separator, a quote or
  // a newline, as spreadsheets write them) read as the same rows written with commas, however the
  // text is cut; a blank line before the header is passed over in finding it.
  const cell = fc.array(fc.constantFrom('a', 'jd', '淘宝', ',', '\t', ';', '"', '\n', ' ', '🛒', 'https://item.jd.com/1.html'), { maxLength: 4 }).map((parts) => parts.join(''));
  const headerCell = fc.constantFrom('source', 'surface', 'date', '来源', '位置', '日期', 'note');
  const written = (rows: readonly (readonly string[])[], separator: string) =>
    rows.map((row) => row.map((text) => (text.includes(separator) || text.includes('"') || text.includes('\n') ? `"${text.replaceAll('"', '""')}"` : text)).join(separator)).join('\n');
  it.each(['\t', ';'])('%j: the same rows as with commas', async (separator) => {
    await fc.assert(
      fc.asyncProperty(fc.array(headerCell, { minLength: 3, maxLength: 5 }), fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 6 }), fc.integer({ min: 1, max: 40 }), fc.boolean(), async (header, rows, size, blankFirst) => {
        // The same rows, the message of a row with too many cells naming the plan's separator.
        const name = separator === '\t' ? 'tab' : 'semicolon';
        const commas = (await rowsOf([written([header, ...rows], ',')])).map((row) => row.map((part) => (typeof part === 'string' ? part.replace('hold a comma,', `hold a ${name},`) : part)) as typeof row);
        const text = `${blankFirst ? '\n' : ''}${written([header, ...rows], separator)}`;
        const lines = blankFirst ? commas.map(([line, ...rest]) => [line + 1, ...rest]) : commas;
        expect(await rowsOf(pieces(text, size))).toEqual(lines);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300), seed: 20261206 },
    );
  });

  it('lets the text go when reading stops early, as a for…of over it would', async () => {
    let closed = false;
    async function* text(): AsyncGenerator<string> {
      try {
        yield 'source\tsurface\tdate\n';
        yield 'jd\tlive-cart\t2022-06-01\n';
        yield 'never read\n';
      } finally {
        closed = true;
      }
    }
    const stop = new Error('the sink stops');
    await expect(readCsv(text(), () => { throw stop; }, () => {})).rejects.toBe(stop);
    expect(closed).toBe(true);
  });
});

// A realistic batch plan, as a team's campaign sheet is (#18): sources by name, alias (Chinese
// too), product link and pasted share text (quoted, with commas, some with a 淘口令); dates in five
// forms from 2019 to 2025; Kuaishou, Douyin and Xiaohongshu; 20,000 distinct placements repeated
// over the rows. Seeded: the same arguments give the same file.
//   node scripts/realistic-plan.mjs <rows> <file.csv> [seed]
// Also imported by scripts/bench.mjs (writeRealisticPlan).
import { closeSync, openSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Mulberry32: a small seeded generator. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLATFORMS = {
  kuaishou: { names: ['kuaishou', '快手', 'ks', 'kwai'], surfaces: ['live-cart', 'short-video-cart', 'product-detail', '直播间购物车', '短视频小黄车', '商详页'] },
  douyin: { names: ['douyin', '抖音'], surfaces: ['live-cart', 'short-video-cart', 'product-detail', '直播间', '短视频购物车', '巨量星图'] },
  xiaohongshu: { names: ['xiaohongshu', '小红书'], surfaces: ['note-link', 'live-cart', 'comment', '笔记', '置顶消息'] },
};
const NAMES = ['taobao', '淘宝', 'tmall', '天猫', 'jd', '京东', '京东联盟', 'youzan', '有赞', 'pinduoduo', '拼多多', 'kuaishou-shop', '快手小店', 'douyin-shop', '抖店', 'weidian', '微店', 'mokuai', '魔筷星选'];

/** A quoted CSV field: quotes doubled. */
const quoted = (text) => `"${text.replaceAll('"', '""')}"`;

function placements(next, count) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const id = () => String(1e11 + Math.floor(next() * 9e11));
  const token = () => Array.from({ length: 11 }, () => pick('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789')).join('');
  const sources = [
    () => pick(NAMES),
    () => `https://item.taobao.com/item.htm?id=${id()}`,
    () => `https://detail.tmall.com/item.htm?id=${id()}&skuId=${id()}`,
    () => `https://item.jd.com/${id()}.html`,
    () => `item.jd.com/${id()}.html`,
    () => `https://mobile.yangkeduo.com/goods.html?goods_id=${id()}`,
    () => `【淘宝】好价, 限时 https://m.tb.cn/h.${token()} 点击链接直接打开 或者 淘宝搜索直接打开`,
    () => `【天猫】"新品" 上市, https://m.tb.cn/h.${token()}?tk=${token()} 復制这段描述￥${token()}￥后到◇綯℡寳`,
    () => `【京东】${id()}, 好物推荐 https://item.jd.com/${id()}.html`,
  ];
  const day = () => {
    const date = new Date(Date.UTC(2019, 0, 1) + Math.floor(next() * 7 * 365) * 86_400_000);
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const two = (n) => String(n).padStart(2, '0');
    return [`${y}-${two(m)}-${two(d)}`, `${y}/${m}/${d}`, `${y}.${m}.${d}`, `${y}${two(m)}${two(d)}`, `${y}年${m}月${d}日`][Math.floor(next() * 5)];
  };
  return Array.from({ length: count }, () => {
    const platform = pick(['kuaishou', 'kuaishou', 'douyin', 'xiaohongshu']);
    const { names, surfaces } = PLATFORMS[platform];
    // One in three a link or share text, else a name.
    const source = next() < 0.66 ? sources[0]() : pick(sources.slice(1))();
    return [source, pick(surfaces), day(), pick(names)];
  });
}

/** The cells of `rows` rows drawn from 20,000 placements, with a campaign cell: [source, surface, date, platform, campaign]. */
export function* realisticRows(rows, seed = 2025) {
  const next = random(seed);
  const pool = placements(next, 20_000);
  for (let row = 0; row < rows; row++) yield [...pool[Math.floor(next() * pool.length)], `c${row % 97}`];
}

/** A CSV field, quoted when it must be. */
const field = (text) => (/[",\n]/.test(text) ? quoted(text) : text);

/** Writes text in pieces of about a megabyte. */
function writeLines(path, first, lines) {
  const fd = openSync(path, 'w');
  try {
    let chunk = first;
    for (const line of lines) {
      chunk += line;
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

/** Writes `rows` rows drawn from 20,000 placements to `path`, with a header and a campaign column. */
export function writeRealisticPlan(path, rows, seed = 2025) {
  writeLines(path, 'source,surface,date,platform,campaign\n', (function* () {
    for (const cells of realisticRows(rows, seed)) yield `${cells.map(field).join(',')}\n`;
  })());
}

/** The same rows as JSON Lines, one object a row with the header's keys. */
export function writeRealisticJsonl(path, rows, seed = 2025) {
  writeLines(path, '', (function* () {
    for (const [source, surface, date, platform, campaign] of realisticRows(rows, seed)) yield `${JSON.stringify({ source, surface, date, platform, campaign })}\n`;
  })());
}

/**
 * A plan of nearly all distinct rows: 8,000 product links, each on its own run of days from 2019,
 * on Kuaishou's or Douyin's live cart; a row repeats another only by chance.
 */
export function writeDistinctPlan(path, rows, seed = 8000) {
  const next = random(seed);
  const links = Array.from({ length: 8_000 }, () => {
    const id = String(1e11 + Math.floor(next() * 9e11));
    return [`https://item.jd.com/${id}.html`, `https://item.taobao.com/item.htm?id=${id}`, `https://detail.tmall.com/item.htm?id=${id}`, `https://mobile.yangkeduo.com/goods.html?goods_id=${id}`][Math.floor(next() * 4)];
  });
  const first = links.map(() => Math.floor(next() * 6 * 365));
  writeLines(path, 'source,surface,date,platform\n', (function* () {
    for (let row = 0; row < rows; row++) {
      const link = Math.floor(next() * links.length);
      const day = new Date(Date.UTC(2019, 0, 1) + (first[link]++ % (7 * 365)) * 86_400_000).toISOString().slice(0, 10);
      yield `${links[link]},live-cart,${day},${next() < 0.5 ? 'kuaishou' : 'douyin'}\n`;
    }
  })());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [rows, path, seed] = process.argv.slice(2);
  if (!rows || !path) {
    console.error('usage: node scripts/realistic-plan.mjs <rows> <file.csv> [seed]');
    process.exitCode = 2;
  } else {
    writeRealisticPlan(path, Number(rows), seed === undefined ? undefined : Number(seed));
  }
}

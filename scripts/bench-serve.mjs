// npm run bench, section "serve" (BENCH_ONLY=serve): the headline check over HTTP.
// `linkcheck serve` runs in a process of its own; autocannon sends it 10,000
// requests of GET /v1/check?source=taobao&surface=live-cart&at=2022-06-01 over 50
// connections and reports requests/s, p50 and p99 latency and errors (goal: 0).
// Beside it, in this process and the same run, the library's checkLink() rate on
// the same query, and the ratio "served / in process".
//   node scripts/bench-serve.mjs        (or BENCH_ONLY=serve npm run bench)
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import autocannon from 'autocannon';

const root = fileURLToPath(new URL('..', import.meta.url));
const QUERY = { source: 'taobao', surface: 'live-cart', date: '2022-06-01' };
const PATH = '/v1/check?source=taobao&surface=live-cart&at=2022-06-01';
const REQUESTS = 10_000;
const CONNECTIONS = 50;

/** The service on a free port, once it says where it listens. */
function start() {
  const child = spawn(process.execPath, [join(root, 'bin', 'linkcheck.js'), 'serve', '--port', '0'], { env: { PATH: process.env.PATH, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise((settle) => child.once('exit', (code) => settle(code)));
  let stderr = '';
  const port = new Promise((settle, fail) => {
    child.stderr.setEncoding('utf8').on('data', (text) => {
      stderr += text;
      const found = /listening on http:\/\/127\.0\.0\.1:(\d+)\//u.exec(stderr);
      if (found) settle(Number(found[1]));
    });
    exited.then((code) => fail(new Error(`linkcheck serve exited ${code}: ${stderr.trim()}`)));
  });
  return { child, port, exited };
}

function load(url, amount) {
  return autocannon({ url, connections: CONNECTIONS, amount, timeout: 10 });
}

/** checkLink() on the headline query: answers per second, in this process. */
async function libraryRate() {
  const { checkLink } = await import('../dist/index.js');
  const now = Date.now();
  // The answer is built as a client reads it: every field, as the service's JSON holds them.
  const once = async () => JSON.stringify(await checkLink(QUERY, { now }));
  for (let warm = 0; warm < 2_000; warm++) await once();
  const times = [];
  for (let run = 0; run < 5; run++) {
    const started = process.hrtime.bigint();
    for (let n = 0; n < REQUESTS; n++) await once();
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  return REQUESTS / times.toSorted((a, b) => a - b)[2];
}

/** The figures, printed; rows of [name, measured, goal, pass] for bench.mjs's table. */
export async function benchServe() {
  const server = start();
  try {
    const port = await server.port;
    const url = `http://127.0.0.1:${port}${PATH}`;
    await load(url, 1_000);
    const result = await load(url, REQUESTS);
    const errors = result.errors + result.timeouts + result.non2xx;
    const served = result.requests.average;
    const library = await libraryRate();
    const ratio = served / library;
    console.log(`\nserve: ${result.requests.sent.toLocaleString('en')} requests of GET ${PATH} over ${CONNECTIONS} connections`);
    console.log(`  served:      ${Math.round(served).toLocaleString('en').padStart(8)} requests/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   errors ${errors}`);
    console.log(`  checkLink(): ${Math.round(library).toLocaleString('en').padStart(8)} answers/s in process (each answer read whole, as JSON)`);
    console.log(`  served / in process: ${ratio.toFixed(2)}`);
    return [
      ['served checks at 50 connections', `${Math.round(served).toLocaleString('en')}/s`, '', null],
      ['served p50 / p99 latency', `${result.latency.p50} / ${result.latency.p99} ms`, '', null],
      ['served errors of 10,000', String(errors), '0', errors === 0],
      ['served / checkLink() in process', `${ratio.toFixed(2)}×`, '', null],
    ];
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await benchServe();
  if (rows.some(([, , , pass]) => pass === false)) process.exitCode = 1;
}

// `linkcheck serve` over a real socket, the binary in a process of its own: it
// says where it listens, answers a fetch, drops a client that sends its headers
// byte by byte (and tells it so, as it tells an over-long address, bytes that are no HTTP, a
// request without Host, an Expect it cannot meet and a CONNECT), refuses a port in use in one line, and on SIGTERM lets a batch in
// flight finish before it exits 0. Few and quick: each spawn costs a start-up.
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';
import { linkcheck } from '../helpers/exec.js';

interface Running {
  child: ChildProcess;
  port: number;
  stderr: () => string;
  exited: Promise<number | null>;
}

const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
});

/** The service on a free port, once it has said where it listens. */
function serve(...args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'linkcheck.js'), 'serve', '--port', '0', ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let stderr = '';
  const exited = new Promise<number | null>((settle) => child.once('exit', (code) => settle(code)));
  return new Promise((settle, fail) => {
    child.stderr!.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
      const port = /listening on http:\/\/127\.0\.0\.1:(\d+)\//u.exec(stderr)?.[1];
      if (port) settle({ child, port: Number(port), stderr: () => stderr, exited });
    });
    void exited.then((code) => fail(new Error(`exited ${code}: ${stderr}`)));
  });
}

/** What the service sends back for these bytes, until it closes the connection. */
function rawAnswer(port: number, bytes: string): Promise<string> {
  return new Promise((settle, fail) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let answer = '';
    socket.setEncoding('utf8').on('data', (text: string) => (answer += text));
    socket.once('close', () => settle(answer));
    socket.once('error', fail);
  });
}

describe('linkcheck serve, over a socket', () => {
  it('says where it listens, answers a fetch, and drops a slow-loris at the headers time-out', async () => {
    const running = await serve('--headers-timeout', '1', '--site', 'test/serve/fixtures/site');
    expect(running.stderr()).toBe(`linkcheck: listening on http://127.0.0.1:${running.port}/ (the API under http://127.0.0.1:${running.port}/v1/, the page at http://127.0.0.1:${running.port}/); Ctrl-C stops\n`);
    const response = await fetch(`http://127.0.0.1:${running.port}/v1/check?source=taobao&surface=live-cart&at=2022-06-01`);
    expect([response.status, ((await response.json()) as { verdict: string }).verdict]).toEqual([200, 'denied']);
    const page = await fetch(`http://127.0.0.1:${running.port}/`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    // On Node too: HEAD says its GET's length, and a page file asked again with its ETag is 304.
    const length = String((await page.arrayBuffer()).byteLength);
    expect(await rawAnswer(running.port, 'HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(new RegExp(`^HTTP/1\\.1 200 OK\r\n[^]*content-length: ${length}\r\n[^]*\r\n\r\n$`, 'iu'));
    const head = await fetch(`http://127.0.0.1:${running.port}/healthz`, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe(String((await (await fetch(`http://127.0.0.1:${running.port}/healthz`)).arrayBuffer()).byteLength));
    const again = await fetch(`http://127.0.0.1:${running.port}/`, { headers: { 'If-None-Match': page.headers.get('etag')! } });
    expect([again.status, await again.text()]).toEqual([304, '']);

    // Headers one byte at a time, never finished: the server closes the socket after about a second.
    const began = Date.now();
    const socket = connect(running.port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('utf8').on('data', (text: string) => (answer += text));
    const closed = new Promise<void>((settle) => socket.once('close', () => settle()));
    socket.on('error', () => undefined);
    const header = 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ' + 'a'.repeat(300);
    let at = 0;
    const drip = setInterval(() => {
      if (!socket.destroyed && at < header.length) socket.write(header[at++]!);
    }, 50);
    await closed;
    clearInterval(drip);
    const held = Date.now() - began;
    expect(at).toBeLessThan(header.length);
    expect(held).toBeLessThan(8000);
    expect(answer).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\nContent-Type: application\/json; charset=utf-8\r\n[^]*\r\n\r\n\{\n  "error": \{\n    "code": "request-timeout",/u);
    // An address past Node's 16 KiB of headers, and bytes that are no HTTP: the error object, not Node's empty answer.
    const long = await fetch(`http://127.0.0.1:${running.port}/v1/check?source=${'a'.repeat(20_000)}&surface=live-cart`);
    expect([long.status, await long.json()]).toEqual([431, { error: { code: 'headers-too-large', message: "the request's address and headers are larger than 16384 bytes; send a long query as JSON in the body of POST /v1/check" } }]);
    expect(await rawAnswer(running.port, 'GARBAGE\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n[^]*"code": "bad-request",\n    "message": "the request is not well-formed HTTP\/1\.1"/u);
    // What Node or the adapter answered with no body, or not at all: an HTTP/1.1 request without
    // Host, a backslash in the path, an Expect the service cannot meet, a proxy's CONNECT.
    const badRequest = /^HTTP\/1\.1 400 Bad Request\r\n[^]*\r\n\r\n\{\n  "error": \{\n    "code": "bad-request",\n    "message": "the request is not well-formed HTTP\/1\.1"/u;
    expect(await rawAnswer(running.port, 'GET /healthz HTTP/1.1\r\n\r\n')).toMatch(/"code": "bad-request",\n    "message": "the request is not well-formed HTTP\/1\.1: it has no Host header, or one that names no host; HTTP\/1\.1 requires one/u);
    // HTTP/1.0 may leave Host out (as HAProxy's health check does): answered as asked of the address it came to.
    expect(await rawAnswer(running.port, 'GET /healthz HTTP/1.0\r\n\r\n')).toMatch(/^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\n\{\n  "status": "ok",/u);
    expect(await rawAnswer(running.port, 'GET /nowhere HTTP/1.0\r\n\r\n')).toMatch(/^HTTP\/1\.1 404 Not Found\r\n[^]*"code": "not-found"/u);
    expect(await rawAnswer(running.port, 'GET /v1\\check HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')).toMatch(badRequest);
    expect(await rawAnswer(running.port, 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 200-ok\r\n\r\n')).toMatch(
      /^HTTP\/1\.1 417 Expectation Failed\r\n[^]*\r\n\r\n\{\n  "error": \{\n    "code": "expectation-failed",\n    "message": "Expect \\"200-ok\\" cannot be met; send the request without it, or with Expect: 100-continue"/u,
    );
    expect(await rawAnswer(running.port, 'CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n')).toMatch(
      /^HTTP\/1\.1 405 Method Not Allowed\r\n[^]*Allow: GET, HEAD, POST\r\n[^]*\r\n\r\n\{\n  "error": \{\n    "code": "method-not-allowed",\n    "message": "CONNECT is not allowed on evil\.example:443; use GET, HEAD, POST"/u,
    );
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
  });

  it('answers what HTTP/1.1 refuses with one error object: another version (505), an unknown method (501), two Host headers, raw bytes in the address, a transfer coding but chunked; OPTIONS * with Allow', async () => {
    const running = await serve();
    const answer = (bytes: string | Buffer) =>
      new Promise<string>((settle, fail) => {
        const socket = connect(running.port, '127.0.0.1', () => socket.write(bytes));
        let text = '';
        socket.setEncoding('latin1').on('data', (chunk: string) => (text += chunk));
        socket.once('close', () => settle(text));
        socket.once('error', fail);
      });
    const refusal = (status: string, code: string, message: string) => new RegExp(`^HTTP/1\\.1 ${status}\r\n[^]*\r\n\r\n\\{\n  "error": \\{\n    "code": "${code}",\n    "message": "${message.replace(/[.*+?^$()|[\]\\]/gu, '\\$&')}"\n  \\}\n\\}\n$`, 'u');
    for (const version of ['2.0', '1.2', '3.0', '0.9']) {
      expect(await answer(`GET /healthz HTTP/${version}\r\nHost: x\r\n\r\n`)).toMatch(refusal('505 HTTP Version Not Supported', 'http-version-not-supported', `HTTP version \\"HTTP/${version}\\" is not supported; send HTTP/1.1 (or HTTP/1.0)`));
    }
    const unknown = await answer('FOO /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    // Bytes that are no request line stay 400.
    expect(await answer('GARBAGE\r\n\r\n')).toMatch(/"code": "bad-request"/u);
    expect(unknown).toMatch(refusal('501 Not Implemented', 'not-implemented', 'method \\"FOO\\" is not one the service knows; use GET, HEAD, POST'));
    expect(unknown).toMatch(/\r\nAllow: GET, HEAD, POST\r\n/u);
    // Sent behind requests read whole, in one packet (pipelined): each of those is answered, in
    // order, and then the refusal, which names the request it is about, not the first.
    const healthz = 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n';
    const empty = 'POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}';
    for (const [first, last, answers, refused] of [
      [healthz, 'FOO /healthz HTTP/1.1\r\nHost: x\r\n\r\n', ['200 OK'], /"code": "not-implemented",\n    "message": "method \\"FOO\\" is not one/u],
      [healthz + healthz, 'FOO /healthz HTTP/1.1\r\nHost: x\r\n\r\n', ['200 OK', '200 OK'], /"code": "not-implemented",\n    "message": "method \\"FOO\\" is not one/u],
      [`${empty}\r\n`, 'FROB /healthz HTTP/1.1\r\nHost: x\r\n\r\n', ['400 Bad Request'], /"code": "not-implemented",\n    "message": "method \\"FROB\\" is not one/u],
      [healthz, 'GET /healthz HTTP/2.0\r\nHost: x\r\n\r\n', ['200 OK'], /"code": "http-version-not-supported",\n    "message": "HTTP version \\"HTTP\/2\.0\\"/u],
      [healthz, Buffer.from('GET /v1/check?source=\xe6\xb7\x98 HTTP/1.1\r\nHost: x\r\n\r\n', 'latin1').toString('latin1'), ['200 OK'], /"code": "unencoded-target"/u],
      // Left of a body longer than its Content-Length: no request line, so no method to name.
      [empty, '{"source": "jd"}\r\n', ['400 Bad Request'], /"code": "bad-request"/u],
    ] as const) {
      const answered = (await answer(Buffer.from(first + last, 'latin1'))).split(/(?=^HTTP\/1\.1 \d{3} )/mu);
      expect([last, answered.map((response) => /^HTTP\/1\.1 (\d{3} [^\r]*)/u.exec(response)?.[1])]).toEqual([last, [...answers, expect.any(String)]]);
      expect(answered[0]).toMatch(answers[0] === '200 OK' ? /"status": "ok"/u : /"message": "query has no \\"source\\"/u);
      expect(answered.at(-1)).toMatch(refused);
      expect(answered.at(-1)).not.toMatch(/method \\"(?:GET|POST)\\"/u);
    }
    // A method HTTP knows, on a path that does not take it, stays 405.
    expect(await answer('PROPFIND /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\n[^]*"code": "method-not-allowed"/u);
    expect(await answer('GET /healthz HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n')).toMatch(refusal('400 Bad Request', 'repeated-header', 'the request gives the Host header more than once; give it once'));
    const raw = Buffer.from('GET /v1/check?source=\xe6\xb7\x98\xe5\xae\x9d&surface=live-cart HTTP/1.1\r\nHost: x\r\n\r\n', 'latin1');
    expect(await answer(raw)).toMatch(refusal('400 Bad Request', 'unencoded-target', "the request's address holds bytes that are not ASCII; percent-encode them (encodeURIComponent does)"));
    expect(await answer('GET /v1/check?source=a b HTTP/1.1\r\nHost: x\r\n\r\n')).toMatch(/"code": "bad-request"/u);
    // A raw "#": what follows it would be dropped by the URL the request is read as, and another question answered.
    expect(await answer('GET /v1/check?source=jd&surface=short-video-cart&at=2022-06-01#&platform=douyin HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(
      refusal('400 Bad Request', 'fragment-in-target', 'the request\'s address holds a \\"#\\", which ends an address: \\"&platform=douyin\\" after it would go unread; percent-encode a \\"#\\" in a value as %23 (encodeURIComponent does)'),
    );
    expect(await answer('OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n')).toMatch(/^HTTP\/1\.1 204 No Content\r\n[^]*Allow: GET, HEAD, POST\r\n[^]*\r\n\r\n$/u);
    for (const path of ['/v1/check', '/v1/batch']) {
      const gzipped = await answer(`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: gzip, chunked\r\nConnection: close\r\n\r\n1\r\n\x1f\r\n0\r\n\r\n`);
      expect(gzipped).toMatch(refusal('415 Unsupported Media Type', 'unsupported-content-encoding', 'Transfer-Encoding \\"gzip, chunked\\" is not accepted: send the body uncompressed (chunked is the one transfer coding taken)'));
      expect(gzipped).toMatch(/\r\naccept-encoding: identity\r\n/iu);
    }
    // Chunked alone is read.
    const chunked = await answer('POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n2\r\n{}\r\n0\r\n\r\n');
    expect(chunked).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n[^]*"message": "query has no \\"source\\", which it needs;/u);
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    expect(running.stderr()).not.toContain('internal error');
  });

  it('names what is wrong with a request HTTP/1.1 refuses, whichever part breaks it', async () => {
    const running = await serve();
    const post = 'POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n';
    const told = {
      both: 'it gives both Content-Length and Transfer-Encoding (RFC 9112 section 6.1), and which one frames the body cannot be known; send one of them',
      length: 'its Content-Length is not one number of bytes; give it once, in digits',
      coding: 'its Transfer-Encoding does not end with chunked, the one transfer coding taken; send the body uncompressed, chunked or with Content-Length',
      chunk: 'a chunk of its body does not begin with its size in hexadecimal and CR LF',
      name: 'a header name holds a space or another character a name cannot (RFC 9110 section 5.1)',
      value: 'a header value holds a control character (NUL, or another below 0x20 but tab); percent-encode it or leave it out',
      fold: 'a header goes on over the next line (obs-fold, RFC 9112 section 5.2); write each header on one line',
      lf: 'a line of its head ends with LF alone; end each line with CR LF',
      target: 'its address holds a space or a control character; percent-encode it (encodeURIComponent does)',
      host: 'it has no Host header, or one that names no host; HTTP/1.1 requires one (RFC 9112 section 3.2), such as Host: 127.0.0.1:8080',
    };
    for (const [bytes, what] of [
      [`${post}Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`, told.both],
      [`${post}Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n`, told.both],
      [`${post}Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}`, told.length],
      [`${post}Content-Length: -1\r\n\r\n{}`, told.length],
      [`${post}Content-Length: 2x\r\n\r\n{}`, told.length],
      [`${post}Transfer-Encoding: chunked, gzip\r\n\r\n`, told.coding],
      [`${post}Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`, told.chunk],
      ['GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n', told.name],
      ['GET /healthz HTTP/1.1\r\nHost: a\x00b\r\n\r\n', told.value],
      ['GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  more\r\n\r\n', told.fold],
      ['GET /healthz HTTP/1.1\nHost: x\n\n', told.lf],
      ['GET /healthz HTTP/1.1\r\nHost: x\nX-A: 1\r\n\r\n', told.lf],
      ['GET /v1/check?source=a b HTTP/1.1\r\nHost: x\r\n\r\n', told.target],
      ['GET /heal\x01thz HTTP/1.1\r\nHost: x\r\n\r\n', told.target],
      ['GET /healthz HTTP/1.1\r\n\r\n', told.host],
      ['GET /healthz HTTP/1.1\r\nHost: \r\n\r\n', told.host],
      ['GET /healthz HTTP/1.1\r\nHost: a b\r\n\r\n', told.host],
      ['GET /healthz HTTP/1.1\r\nHost: user@x\r\n\r\n', told.host],
    ] as const) {
      const answer = await rawAnswer(running.port, bytes);
      expect([bytes, JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))]).toEqual([bytes, { error: { code: 'bad-request', message: `the request is not well-formed HTTP/1.1: ${what}` } }]);
      expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n[^]*\r\nConnection: close\r\n/u);
    }
    // Bytes that are no request line name no part; a Host that names one is answered.
    expect(JSON.parse((await rawAnswer(running.port, 'GARBAGE\r\n\r\n')).split('\r\n\r\n')[1]!)).toEqual({ error: { code: 'bad-request', message: 'the request is not well-formed HTTP/1.1' } });
    for (const host of ['127.0.0.1:1', '[::1]:80', 'example.com']) expect(await rawAnswer(running.port, `GET /healthz HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`)).toMatch(/^HTTP\/1\.1 200 OK\r\n/u);
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
  });

  it('a request whose body never comes holds no place among those answered at once, and gets 408 at the body time-out', { timeout: 30_000 }, async () => {
    const running = await serve('--max-concurrent', '2', '--body-timeout', '2', '--request-timeout', '20', '--headers-timeout', '2');
    const check = `http://127.0.0.1:${running.port}/v1/check?source=taobao&surface=live-cart&at=2022-06-01`;
    /** A socket that sends these bytes, then nothing, its side kept open as a client that never reads would. */
    const holder = (bytes: string) => {
      const socket = connect({ port: running.port, host: '127.0.0.1', allowHalfOpen: true });
      let answer = '';
      socket.setEncoding('utf8').on('data', (text: string) => (answer += text));
      socket.on('error', () => undefined);
      const closed = new Promise<void>((settle) => socket.once('end', () => settle()));
      socket.write(bytes);
      return { socket, answer: () => answer, closed };
    };
    // More than --max-concurrent of them: headers and then no byte of the body, or a part of it.
    const idle = [
      ...Array.from({ length: 4 }, () => holder('POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n')),
      holder('POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n{'),
      holder('POST /v1/batch HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\n\r\n'),
    ];
    await new Promise((settle) => setTimeout(settle, 500));
    // Every other request is answered meanwhile.
    for (let i = 0; i < 4; i++) expect((await fetch(check)).status).toBe(200);
    const began = Date.now();
    await Promise.all(idle.map((held) => held.closed));
    // Each cut off after about two seconds of nothing, with the error object, and the connection closed.
    expect(Date.now() - began).toBeLessThan(6000);
    for (const held of idle) {
      expect(held.answer()).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n[^]*connection: close\r\n[^]*"code": "body-timeout",\n    "message": "nothing of the request body arrived for 2 seconds; send the body without pauses"/u);
      held.socket.destroy();
    }
    expect((await fetch(check)).status).toBe(200);
    // A client gone in the middle of its body is no bug of the service's.
    const gone = connect(running.port, '127.0.0.1', () => gone.end('POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n{"so'));
    gone.on('error', () => undefined);
    await new Promise((settle) => setTimeout(settle, 500));
    expect((await fetch(check)).status).toBe(200);
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    expect(running.stderr()).not.toContain('internal error');
  });

  it('a batch sending its plan slowly but steadily is answered whole; one that stalls after its first rows ends with the time-out on its last line', { timeout: 30_000 }, async () => {
    const running = await serve('--body-timeout', '1');
    const row = 'jd,short-video-cart,2022-06-01\n';
    /** A chunked batch: the header, then a row every `every` ms, `rows` times; ended only when `end`. */
    const batch = (rows: number, every: number, end: boolean) =>
      new Promise<{ lines: string[]; closedAt: number }>((settle, fail) => {
        const post = request({ host: '127.0.0.1', port: running.port, method: 'POST', path: '/v1/batch', headers: { 'Content-Type': 'text/csv', 'Transfer-Encoding': 'chunked' } }, (response) => {
          let body = '';
          response.setEncoding('utf8').on('data', (text: string) => (body += text));
          response.on('end', () => settle({ lines: body.trimEnd().split('\n'), closedAt: Date.now() }));
        });
        post.on('error', fail);
        post.write(`source,surface,date\n${row}`);
        let sent = 1;
        const timer = setInterval(() => {
          if (sent < rows) {
            post.write(row);
            sent++;
          } else {
            clearInterval(timer);
            if (end) post.end();
          }
        }, every);
      });
    // Six rows 400 ms apart: 2.4 s in all, longer than the time-out, but never a second without a byte.
    const steady = await batch(6, 400, true);
    expect(steady.lines.map((line) => (JSON.parse(line) as { verdict: string }).verdict)).toEqual(Array(6).fill('allowed'));
    const began = Date.now();
    const stalled = await batch(2, 100, false);
    expect(stalled.lines.slice(0, 2).map((line) => (JSON.parse(line) as { verdict: string }).verdict)).toEqual(['allowed', 'allowed']);
    expect(JSON.parse(stalled.lines.at(-1)!)).toEqual({ error: { code: 'body-timeout', message: 'nothing of the request body arrived for 1 second; send the body without pauses' } });
    expect(stalled.closedAt - began).toBeLessThan(4000);
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
  });

  it('cuts off a batch whose plan trickles in a byte at a time, never pausing for --body-timeout, at --body-deadline: its last line says so, its place is freed and the connection closed', async () => {
    const running = await serve('--body-timeout', '1', '--body-deadline', '2', '--max-concurrent', '1');
    const check = `http://127.0.0.1:${running.port}/v1/check?source=taobao&surface=live-cart&at=2022-06-01`;
    // A chunked plan: its header and a row, then a byte of another row every 100 ms until the service closes the connection.
    const plan = 'source,surface,date\njd,short-video-cart,2022-06-01\n';
    const began = Date.now();
    const socket = connect(running.port, '127.0.0.1', () => socket.write(`POST /v1/batch HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\n\r\n${plan.length.toString(16)}\r\n${plan}\r\n`));
    let answer = '';
    socket.setEncoding('utf8').on('data', (text: string) => (answer += text));
    socket.on('error', () => undefined);
    const drip = setInterval(() => socket.writable && socket.write('1\r\nj\r\n'), 100);
    const closed = new Promise<void>((settle) => socket.once('close', () => settle()));
    // Its rows have begun: it holds the one place while its plan trickles in.
    while (!answer.includes('"verdict"')) await new Promise((settle) => setTimeout(settle, 20));
    expect((await fetch(check)).status).toBe(503);
    await closed;
    clearInterval(drip);
    expect(Date.now() - began).toBeLessThan(6000);
    // The NDJSON lines, out of their chunks.
    const lines = answer.split('\r\n\r\n')[1]!.split('\r\n').filter((_, index) => index % 2 === 1).join('').trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual([
      expect.objectContaining({ verdict: 'allowed' }),
      { error: { code: 'body-deadline', message: 'the request body did not arrive whole within 2 seconds; send it faster, or a smaller one (the limit is set when the service starts)' } },
    ]);
    expect((await fetch(check)).status).toBe(200);
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    expect(running.stderr()).not.toContain('internal error');
  });

  it('answers Expect: 100-continue with the refusal at once when the request is refused before its body, else 100 Continue', async () => {
    const running = await serve('--max-body', '1000');
    /** The statuses the client is sent (100 first if told to continue), and the final one's code; the body is sent only when told to. */
    const expecting = (path: string, type: string, body: string, length = Buffer.byteLength(body)) =>
      new Promise<{ told: number[]; code: string | undefined; verdict: string | undefined }>((settle, fail) => {
        const told: number[] = [];
        const post = request({ host: '127.0.0.1', port: running.port, method: 'POST', path, headers: { 'Content-Type': type, 'Content-Length': String(length), Expect: '100-continue' } }, (response) => {
          told.push(response.statusCode ?? 0);
          let text = '';
          response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
          response.on('end', () => {
            const json = JSON.parse(text) as { error?: { code: string }; verdict?: string };
            settle({ told, code: json.error?.code, verdict: json.verdict });
          });
        });
        post.on('continue', () => {
          told.push(100);
          post.end(body);
        });
        post.on('error', fail);
      });
    const query = JSON.stringify({ source: 'taobao', surface: 'live-cart', at: '2022-06-01' });
    expect(await expecting('/v1/check', 'application/json', query)).toEqual({ told: [100, 200], code: undefined, verdict: 'denied' });
    expect(await expecting('/v1/check', 'application/json', '', 5_000_000)).toEqual({ told: [413], code: 'body-too-large', verdict: undefined });
    expect(await expecting('/v1/batch', 'text/csv', '', 2 ** 40)).toEqual({ told: [413], code: 'body-too-large', verdict: undefined });
    expect(await expecting('/v1/check', 'text/plain', '', 10)).toEqual({ told: [415], code: 'unsupported-media-type', verdict: undefined });
    expect(await expecting('/v1/check?surfce=x', 'application/json', '', 10)).toEqual({ told: [400], code: 'unknown-parameter', verdict: undefined });
    expect(await expecting('/v1/chek', 'application/json', '', 10)).toEqual({ told: [404], code: 'not-found', verdict: undefined });
    // Over a raw socket: no 100 Continue before the 413, and the connection closed after it (the body was never sent).
    expect(await rawAnswer(running.port, 'POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\nExpect: 100-continue\r\n\r\n')).toMatch(
      /^HTTP\/1\.1 413 Payload Too Large\r\n(?![^]*HTTP\/1\.1 100)[^]*Connection: close\r\n[^]*"code": "body-too-large"/u,
    );
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    expect(running.stderr()).not.toContain('internal error');
  });

  it('on SIGTERM, finishes a batch in flight and exits 0', async () => {
    const running = await serve();
    const rows = 'taobao,live-cart,2022-06-01\njd,short-video-cart,2022-06-01\n';
    let body = '';
    const answered = new Promise<number>((settle, fail) => {
      let stopped = false;
      const post = request({ host: '127.0.0.1', port: running.port, method: 'POST', path: '/v1/batch', headers: { 'Content-Type': 'text/csv', 'Transfer-Encoding': 'chunked' } }, (response) => {
        response.setEncoding('utf8').on('data', (text: string) => {
          body += text;
          // The first rows answered: the request is in flight. SIGTERM now, then the rest of the plan
          // once the service says it is stopping (on a busy machine the signal may be handled late).
          if (stopped) return;
          stopped = true;
          running.child.kill('SIGTERM');
          const sendRest = () => (running.stderr().includes('linkcheck: stopping') ? post.end(rows) : setTimeout(sendRest, 20));
          sendRest();
        });
        response.on('end', () => settle(response.statusCode ?? 0));
      });
      post.on('error', fail);
      post.write(`source,surface,date\n${rows}`);
    });
    expect(await answered).toBe(200);
    expect(body.trimEnd().split('\n').map((line) => (JSON.parse(line) as { verdict: string }).verdict)).toEqual(['denied', 'allowed', 'denied', 'allowed']);
    expect(await running.exited).toBe(0);
    expect(running.stderr()).toMatch(/linkcheck: stopping: no new connections; 1 request in flight finishes first\nlinkcheck: stopped\n$/u);
  });

  it('refuses a port in use in one line, exit 2', async () => {
    const running = await serve();
    const second = linkcheck(['serve', '--port', String(running.port)]);
    expect([second.code, second.stdout, second.stderr]).toEqual([2, '', `linkcheck: cannot listen on 127.0.0.1 port ${running.port}: the port is in use; choose another with --port\n`]);
    running.child.kill('SIGINT');
    expect(await running.exited).toBe(0);
  });
});

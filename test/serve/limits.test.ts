// watchedBody: a request body read under the service's limits. Its time-outs count only the time
// a read waits for the client, the pauses summed against the deadline (--body-deadline), each
// against the body time-out (--body-timeout).
import { describe, expect, it } from 'vitest';
import { bodyTimes, watchedBody } from '../../src/serve/limits.js';

/** A body whose chunks come only when read, each `after` ms after it is asked for; then it ends. */
function client(chunks: number, after: number): ReadableStream<Uint8Array> {
  let given = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull: async (controller) => {
        if (given === chunks) return controller.close();
        await new Promise((settle) => setTimeout(settle, after));
        given++;
        controller.enqueue(new Uint8Array([0x61]));
      },
    },
    { highWaterMark: 0 },
  );
}

const watched = (body: ReadableStream<Uint8Array>, bodyTimeout: number, bodyDeadline: number) =>
  watchedBody(body, { limit: 1000, tooLarge: () => new Error('too large'), ...bodyTimes({ bodyTimeout, bodyDeadline }) }).getReader();
const pause = (ms: number) => new Promise((settle) => setTimeout(settle, ms));

describe('watchedBody', () => {
  it('counts the time reads wait, not the time between them: a reader that pauses past the deadline is not cut off', async () => {
    const reader = watched(client(3, 1), 0.3, 0.3);
    expect((await reader.read()).done).toBe(false);
    // Longer than the deadline, with no read waiting: the service busy elsewhere, or its answer unread.
    await pause(500);
    expect((await reader.read()).done).toBe(false);
    expect((await reader.read()).done).toBe(false);
    expect((await reader.read()).done).toBe(true);
  });

  it('cuts off a body whose reads have waited the deadline in all, though none waited the body time-out', async () => {
    const reader = watched(client(1000, 20), 0.3, 0.6);
    const began = performance.now();
    await expect((async () => {
      for (;;) await reader.read();
    })()).rejects.toMatchObject({ code: 'body-deadline' });
    // Sent for longer than the body time-out, a byte every 20 ms.
    expect(performance.now() - began).toBeGreaterThan(300);
  });

  it('cuts off a read that waits the body time-out as stalled, while the deadline is further off', async () => {
    const silent = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) });
    const reader = watched(silent, 0.1, 60);
    await expect(reader.read()).rejects.toMatchObject({ code: 'body-timeout' });
  });
});

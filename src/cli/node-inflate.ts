// A workbook's parts unpacked by Node's zlib directly, in pieces of 64 KiB. The web
// platform's DecompressionStream (the reader's own default, for the browser) hands over
// 16 KiB at a time, each a round trip to the thread pool and back through the web
// stream's promises: for a sheet of 18 MB that cost the main thread more than the
// unpacking itself (#18). Same zlib, so the same bytes and the same error messages.
import { createInflateRaw } from 'node:zlib';
import type { Inflate } from '../batch/read/zip.js';

const PIECE = 1 << 16;

export const nodeInflate: Inflate = async function* (pieces) {
  const inflater = createInflateRaw({ chunkSize: PIECE });
  // Fed as it is taken: a piece is written while the inflater has room, then it waits for it to drain (or to be closed).
  const roomOrClose = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        inflater.off('drain', done);
        inflater.off('close', done);
        resolve();
      };
      inflater.on('drain', done);
      inflater.on('close', done);
    });
  const fed = (async () => {
    try {
      for (const piece of pieces) {
        if (inflater.destroyed) return;
        if (!inflater.write(piece)) await roomOrClose();
      }
      if (!inflater.destroyed) inflater.end();
    } catch (error) {
      // Reading the pieces failed: the reader below must hear of it rather than wait.
      inflater.destroy(error as Error);
    }
  })();
  try {
    for await (const piece of inflater) yield piece as Uint8Array;
  } finally {
    inflater.destroy();
    await fed;
  }
};

// Report lines kept for the end of a run (a text report lists its rows after the
// counts): in memory up to about a megabyte, then in a temporary file, so that a
// plan of any size runs in flat memory.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Characters kept in memory before they go to the file. Kept lines outlive the young
 * generation and are promoted; with 4 million characters a report of half a million
 * lines took a million-row plan's peak past 150 MB.
 */
const IN_MEMORY = 512 * 1024;
/** Bytes read back at a time: small enough that their text dies young (a megabyte's went straight to the old generation). */
const DRAIN_CHUNK = 64 * 1024;

export class Spool {
  private parts: string[] = [];
  private size = 0;
  private file: { folder: string; fd: number } | undefined;
  count = 0;

  add(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    this.count++;
    if (this.size >= IN_MEMORY) this.flush();
  }

  /** Hands every kept text back in order, in chunks, then frees the spool. */
  drain(write: (text: string) => void): void {
    if (this.file) {
      this.flush();
      const { fd, folder } = this.file;
      const buffer = Buffer.alloc(DRAIN_CHUNK);
      const decoder = new TextDecoder();
      let position = 0;
      for (let read = readSync(fd, buffer, 0, buffer.length, position); read > 0; read = readSync(fd, buffer, 0, buffer.length, position)) {
        position += read;
        write(decoder.decode(buffer.subarray(0, read), { stream: true }));
      }
      const rest = decoder.decode();
      if (rest !== '') write(rest);
      closeSync(fd);
      rmSync(folder, { recursive: true, force: true });
      this.file = undefined;
    } else if (this.parts.length > 0) {
      write(this.parts.join(''));
    }
    this.parts = [];
    this.size = 0;
  }

  private flush(): void {
    if (!this.file) {
      const folder = mkdtempSync(join(tmpdir(), 'linkcheck-'));
      this.file = { folder, fd: openSync(join(folder, 'spool'), 'w+') };
    }
    writeSync(this.file.fd, this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

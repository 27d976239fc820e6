// A plan's bytes as the library takes them (checkPlan's plan.bytes): whole, or a source of chunks,
// each checked to be bytes as it comes.
import { wordedError } from '../errors/errors.js';
import { shownValue } from './shown-value.js';

/** Bytes whole (a Uint8Array, a Buffer, an ArrayBuffer), or a source of them: an async iterable (a Node stream) or a ReadableStream. */
export function isPlanBytes(value: unknown): boolean {
  if (ArrayBuffer.isView(value)) return isUint8Array(value);
  if (isArrayBuffer(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  return typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function' || typeof (value as { getReader?: unknown }).getReader === 'function';
}

// By their tags, not instanceof: bytes made in another realm (a frame, a worker's message) are bytes too.
const isUint8Array = (value: unknown): value is Uint8Array => Object.prototype.toString.call(value) === '[object Uint8Array]';
const isArrayBuffer = (value: unknown): value is ArrayBuffer => Object.prototype.toString.call(value) === '[object ArrayBuffer]';

/**
 * A plan's bytes as the reader takes them: an ArrayBuffer as the Uint8Array over it, and each chunk
 * of a source, an iterable or a ReadableStream, checked to be bytes as it comes: a stream opened
 * with an encoding, or through a TextDecoderStream, gives strings, which were read as bytes that
 * are not UTF-8. A ReadableStream stays one, so that leaving the plan early cancels it.
 */
export function planBytes(bytes: Uint8Array | ArrayBuffer | AsyncIterable<unknown> | ReadableStream<unknown>): Uint8Array | AsyncIterable<Uint8Array> | ReadableStream<Uint8Array> {
  if (isArrayBuffer(bytes)) return new Uint8Array(bytes);
  if (ArrayBuffer.isView(bytes)) return bytes as Uint8Array;
  if (typeof (bytes as { getReader?: unknown }).getReader === 'function') {
    return (bytes as ReadableStream<unknown>).pipeThrough(new TransformStream<unknown, Uint8Array>({ transform: (chunk, controller) => controller.enqueue(checkedChunk(chunk)) }));
  }
  return checkedChunks(bytes as AsyncIterable<unknown>);
}

async function* checkedChunks(source: AsyncIterable<unknown>): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) yield checkedChunk(chunk);
}

function checkedChunk(chunk: unknown): Uint8Array {
  if (!isUint8Array(chunk)) throw wordedError('api-not-plan-chunk', { name: 'plan.bytes', value: shownValue(chunk) });
  return chunk;
}

/** A text's UTF-8 bytes in pieces cut at the given fractions of its length (each in [0, 1]), as a plan's reader is handed them. */
export async function* pieces(text: string, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const to = Math.min(bytes.length, Math.floor(cut * bytes.length));
    if (to > at) yield bytes.subarray(at, to);
    at = Math.max(at, to);
  }
  if (at < bytes.length) yield bytes.subarray(at);
}

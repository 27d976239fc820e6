// How a character that is not shown as itself is written, the same wherever a value is
// shown: in a message (link/named-input.ts shownInput) and in every report (render/safe.ts).

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** How an unsafe character is written: \n, \t, \x1b, \u202e, \u{e0041}. */
export function escapeCharacter(character: string): string {
  const named = NAMED[character];
  if (named) return named;
  const code = character.codePointAt(0)!;
  if (code <= 0xff) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\u{${code.toString(16)}}`;
}

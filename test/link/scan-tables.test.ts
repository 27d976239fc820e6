// The link scanner finds a scheme's colon by a list of the characters NFKC folds to ':'
// (src/link/schemes.ts): the list must be every one of them, in this Node's Unicode (#18).
import { describe, expect, it } from 'vitest';

describe('the characters that fold to a colon', () => {
  it('are : ︓ ﹕ ： and no other code point', () => {
    const colons: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      // The scanner folds these three to '.', not by NFKC.
      if (code === 0x3002 || code === 0xff0e || code === 0xff61) continue;
      if (character === ':' || character.normalize('NFKC') === ':') colons.push(code.toString(16));
    }
    expect(colons).toEqual(['3a', 'fe13', 'fe55', 'ff1a']);
  });
});

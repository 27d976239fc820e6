// colourNeedsTerminal must say false only where colourLevel ignores isTTY: the fast path then never asks the terminal.
import { describe, expect, it } from 'vitest';
import { colourLevel, colourNeedsTerminal } from '../../src/cli/colour.js';

describe('colourNeedsTerminal', () => {
  it.each([
    [{}, true],
    [{ NO_COLOR: '1' }, false],
    [{ NO_COLOR: '' }, true],
    [{ FORCE_COLOR: '0' }, false],
    [{ FORCE_COLOR: '1' }, false],
    [{ FORCE_COLOR: '' }, false],
    [{ TERM: 'dumb' }, false],
    [{ TERM: 'xterm-256color' }, true],
    [{ NO_COLOR: '', TERM: 'dumb' }, false],
  ])('%j: %s', (env, needs) => {
    expect(colourNeedsTerminal(env)).toBe(needs);
    const onTerminal = colourLevel({ env, isTTY: true, flag: true, json: false });
    const elsewhere = colourLevel({ env, isTTY: false, flag: true, json: false });
    expect(onTerminal !== elsewhere).toBe(needs);
  });
});

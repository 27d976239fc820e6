import { describe, expect, it } from 'vitest';
import { grown } from '../../src/model/grown.js';

describe('a typed array grown by doubling', () => {
  it('is the array itself while it holds enough', () => {
    const numbers = Int32Array.of(1, 2, 3);
    expect(grown(numbers, 3)).toBe(numbers);
    expect(grown(numbers, 0)).toBe(numbers);
  });

  it('doubles until the least length fits, its values copied and the rest zero', () => {
    expect([...grown(Int32Array.of(1, 2, 3), 4)]).toEqual([1, 2, 3, 0, 0, 0]);
    expect(grown(Int32Array.of(1, 2, 3), 13).length).toBe(24);
    expect([...grown(new Int32Array(0), 1)]).toEqual([0, 0]);
  });

  it('copies only the values in use when told how many', () => {
    expect([...grown(Int32Array.of(7, 8, 9, 10), 5, 2)]).toEqual([7, 8, 0, 0, 0, 0, 0, 0]);
  });

  it('keeps the kind of array: code units stay 16-bit', () => {
    const units = grown(Uint16Array.of(0xffff, 0x6dd8), 3, 2);
    expect(units).toBeInstanceOf(Uint16Array);
    expect([...units]).toEqual([0xffff, 0x6dd8, 0, 0]);
    expect(grown(Int32Array.of(-1), 2)).toBeInstanceOf(Int32Array);
    const instants = grown(Float64Array.of(1.5, -2e15), 3);
    expect(instants).toBeInstanceOf(Float64Array);
    expect([...instants]).toEqual([1.5, -2e15, 0, 0]);
  });
});

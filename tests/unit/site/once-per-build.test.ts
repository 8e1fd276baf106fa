import { describe, expect, it } from 'vitest';
import { oncePerData } from '~/lib/site/once-per-build';

describe('oncePerData', () => {
  it('works out an answer once for the same data and key, and shares it', () => {
    const rows = [{ value: 1 }];
    let runs = 0;
    const work = () => {
      runs++;
      return { total: rows.length };
    };
    const first = oncePerData(rows, 'total', work);
    expect(oncePerData(rows, 'total', work)).toBe(first);
    expect(runs).toBe(1);
  });

  it('works afresh for other data or another key, even when the data looks the same', () => {
    let runs = 0;
    const work = () => ++runs;
    oncePerData([1], 'a', work);
    expect(oncePerData([1], 'a', work)).toBe(2);
    const data = [1];
    oncePerData(data, 'a', work);
    expect(oncePerData(data, 'b', work)).toBe(4);
  });

  it('keeps an answer of undefined rather than asking again', () => {
    const data = {};
    let runs = 0;
    oncePerData(data, 'nothing', () => void runs++);
    oncePerData(data, 'nothing', () => void runs++);
    expect(runs).toBe(1);
  });
});

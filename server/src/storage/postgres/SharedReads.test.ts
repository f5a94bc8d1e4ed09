import { describe, expect, it } from 'vitest';
import { SharedReads } from './SharedReads';

describe('SharedReads', () => {
  it('shares a query between overlapping reads of one key, never with a read after forget()', async () => {
    const reads = new SharedReads<number>();
    let queries = 0;
    let release = () => {};
    const query = () =>
      new Promise<number>((resolve) => {
        const n = ++queries;
        release = () => resolve(n);
      });
    const a = reads.read('k', query);
    const b = reads.read('k', query);
    expect(queries).toBe(1);
    reads.forget();
    const first = release;
    const c = reads.read('k', query);
    expect(queries).toBe(2);
    first();
    release();
    expect(await Promise.all([a, b, c])).toEqual([1, 1, 2]);
    // Settled queries are not kept: the next read queries again.
    void reads.read('k', query);
    expect(queries).toBe(3);
  });
});

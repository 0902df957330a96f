import { afterEach, describe, expect, it, vi } from 'vitest';
import { discardIdPool, newId } from '@/lib/model/ids';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('newId', () => {
  it('gives ids of the asked length in base 36', () => {
    expect(newId()).toMatch(/^[0-9a-z]{12}$/);
    expect(newId(8)).toMatch(/^[0-9a-z]{8}$/);
  });

  it('never repeats across many refills of its random pool', () => {
    // 50,000 ids of 12 characters draw 600,000 bytes: the 4 KiB pool refills about 150 times.
    const ids = new Set(Array.from({ length: 50_000 }, () => newId()));
    expect(ids.size).toBe(50_000);
  });

  it('refuses an id longer than its pool', () => {
    expect(() => newId(5000)).toThrow(RangeError);
  });

  it('draws afresh after the pool is discarded, so a seeded source replays the same ids', () => {
    const seeded = () => {
      let n = 0;
      vi.spyOn(crypto, 'getRandomValues').mockImplementation(
        <T extends ArrayBufferView | null>(array: T): T => {
          if (array instanceof Uint8Array) array.forEach((_, i) => (array[i] = (n++ * 7) % 251));
          return array;
        },
      );
    };
    newId();
    discardIdPool();
    seeded();
    const first = [newId(), newId()];
    vi.restoreAllMocks();
    newId();
    discardIdPool();
    seeded();
    expect([newId(), newId()]).toEqual(first);
  });
});

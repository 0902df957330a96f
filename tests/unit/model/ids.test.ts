import { describe, expect, it } from 'vitest';
import { newId } from '@/lib/model/ids';

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
});

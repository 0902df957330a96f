import * as prng from 'lib0/prng';
import { generateKeyBetween } from 'fractional-indexing';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { compareByOrder, orderKeyBetween, orderKeysBetween } from '@/lib/model/order-key';

// Random suffixes from a seeded source: two suffixes meet about once in 240,000 draws, so with
// the system's randomness the collision checks below failed about once in 600 runs. Seeded, each
// run draws the same suffixes; the tests check the spacing logic, not luck.
const seeded = prng.create(20_261_122);
const randomValues = vi
  .spyOn(crypto, 'getRandomValues')
  .mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
    if (array instanceof Uint8Array) {
      for (let i = 0; i < array.length; i++) array[i] = prng.uint32(seeded, 0, 255);
    }
    return array;
  });
afterAll(() => randomValues.mockRestore());

/** Whether `key` is one fractional-indexing accepts as a bound, so that later inserts work. */
function isValidKey(key: string): boolean {
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

/** Keys as a sheet accumulates them: a batch from a template, then inserts anywhere. */
function realisticKeys(seed: number, inserts: number): string[] {
  const gen = prng.create(seed);
  const keys = orderKeysBetween(null, null, 5);
  for (let i = 0; i < inserts; i++) {
    const at = prng.int32(gen, 0, keys.length);
    keys.splice(at, 0, orderKeyBetween(keys[at - 1] ?? null, keys[at] ?? null));
  }
  return keys;
}

/** Neighbouring pairs from `keys`, both open ends included. */
function neighbours(keys: readonly string[]): [string | null, string | null][] {
  const pairs: [string | null, string | null][] = [[null, null]];
  for (let i = 0; i <= keys.length; i++) pairs.push([keys[i - 1] ?? null, keys[i] ?? null]);
  return pairs;
}

const KEYS = realisticKeys(7, 400);

describe('orderKeyBetween', () => {
  it('gives a valid key strictly between its bounds, for many bounds', () => {
    expect([...KEYS].sort(), 'the keys built by random inserts should already be in order').toEqual(
      KEYS,
    );
    const gen = prng.create(11);
    const cases: [string | null, string | null][] = neighbours(KEYS);
    for (let i = 0; i < 500; i++) {
      const a = prng.int32(gen, 0, KEYS.length - 1);
      const b = prng.int32(gen, a + 1, KEYS.length);
      cases.push([KEYS[a]!, KEYS[b] ?? null]);
    }
    for (const [lower, upper] of cases) {
      const key = orderKeyBetween(lower, upper);
      const bounds = `between ${lower} and ${upper}: ${key}`;
      expect(lower === null || lower < key, bounds).toBe(true);
      expect(upper === null || key < upper, bounds).toBe(true);
      expect(isValidKey(key), `${bounds} is not a valid key`).toBe(true);
    }
  });

  it('gives two members appending at the same end different keys', () => {
    for (const lower of [null, ...KEYS.slice(-20)]) {
      expect(orderKeyBetween(lower, null), `after ${lower}`).not.toBe(orderKeyBetween(lower, null));
    }
  });

  it('gives two members inserting between the same neighbours different keys', () => {
    // The first two are what a template's rows look like (one batch shares its suffix) and
    // what the top of any sheet looks like.
    const cases: [string | null, string | null][] = [
      ['a0abc', 'a1abc'],
      [null, 'a0abc'],
      ...neighbours(KEYS),
    ];
    const collisions = cases.filter(
      ([lower, upper]) => orderKeyBetween(lower, upper) === orderKeyBetween(lower, upper),
    );
    expect(
      collisions
        .slice(0, 5)
        .map(([lower, upper]) => `${lower}…${upper} → ${orderKeyBetween(lower, upper)}`),
      `${collisions.length} of ${cases.length} neighbour pairs gave both members the same key`,
    ).toEqual([]);
  });

  it('keeps keys sorted and distinct through repeated inserts at the front', () => {
    const keys: string[] = [];
    for (let i = 0; i < 300; i++) keys.unshift(orderKeyBetween(null, keys[0] ?? null));
    expectStrictlyAscending(keys);
  });

  it('keeps keys sorted and distinct through repeated inserts at the end', () => {
    const keys: string[] = [];
    for (let i = 0; i < 300; i++) keys.push(orderKeyBetween(keys.at(-1) ?? null, null));
    expectStrictlyAscending(keys);
  });

  it('keeps keys sorted and distinct through repeated inserts in the middle', () => {
    const keys = orderKeysBetween(null, null, 2);
    for (let i = 0; i < 300; i++) {
      const at = Math.floor(keys.length / 2);
      keys.splice(at, 0, orderKeyBetween(keys[at - 1]!, keys[at]!));
    }
    expectStrictlyAscending(keys);
  });

  it('keeps keys sorted and distinct through repeated inserts just after the first', () => {
    const keys = orderKeysBetween(null, null, 2);
    for (let i = 0; i < 300; i++) keys.splice(1, 0, orderKeyBetween(keys[0]!, keys[1]!));
    expectStrictlyAscending(keys);
  });

  it('still gives a valid key after the lower bound when both bounds are equal (a collision)', () => {
    for (const key of ['a0', 'a1', 'Zz', ...KEYS.slice(0, 50)]) {
      const after = orderKeyBetween(key, key);
      expect(after > key, `${after} should sort after ${key}`).toBe(true);
      expect(isValidKey(after)).toBe(true);
    }
  });

  it('gives a key after the lower bound when the bounds are the wrong way round', () => {
    const [low, high] = orderKeysBetween(null, null, 2) as [string, string];
    expect(orderKeyBetween(high, low) > high).toBe(true);
  });
});

describe('orderKeysBetween', () => {
  it('gives `count` valid ascending keys within the bounds', () => {
    const gen = prng.create(5);
    const cases: [string | null, string | null][] = [
      [null, null],
      [KEYS[0]!, null],
      [null, KEYS[0]!],
    ];
    for (let i = 0; i < 100; i++) {
      const a = prng.int32(gen, 0, KEYS.length - 2);
      cases.push([KEYS[a]!, KEYS[a + 1]!]);
    }
    for (const [lower, upper] of cases) {
      const count = prng.int32(gen, 1, 60);
      const keys = orderKeysBetween(lower, upper, count);
      const bounds = `${count} keys between ${lower} and ${upper}`;
      expect(keys, bounds).toHaveLength(count);
      expectStrictlyAscending(keys, bounds);
      expect(lower === null || lower < keys[0]!, bounds).toBe(true);
      expect(upper === null || keys.at(-1)! < upper, bounds).toBe(true);
      for (const key of keys) expect(isValidKey(key), `${bounds}: ${key}`).toBe(true);
    }
  });

  it('gives nothing for a count of zero or less', () => {
    expect(orderKeysBetween(null, null, 0)).toEqual([]);
    expect(orderKeysBetween(KEYS[0]!, null, -3)).toEqual([]);
  });

  it('gives two members appending a batch at the same end keys that do not collide', () => {
    const first = orderKeysBetween(KEYS.at(-1)!, null, 20);
    const second = orderKeysBetween(KEYS.at(-1)!, null, 20);
    expect(first.filter((key) => second.includes(key))).toEqual([]);
  });
});

describe('compareByOrder', () => {
  it('sorts by key first', () => {
    expect(compareByOrder({ order: 'a0', id: 'z' }, { order: 'a1', id: 'a' })).toBeLessThan(0);
    expect(compareByOrder({ order: 'a1', id: 'a' }, { order: 'a0', id: 'z' })).toBeGreaterThan(0);
  });

  it('breaks a tie between equal keys by id, the same way from either side', () => {
    const a = { order: 'a0', id: 'aaa' };
    const b = { order: 'a0', id: 'bbb' };
    expect(compareByOrder(a, b)).toBeLessThan(0);
    expect(compareByOrder(b, a)).toBeGreaterThan(0);
    expect(compareByOrder(a, { ...a })).toBe(0);
  });

  it('gives every replica the same order whatever order it saw the items in', () => {
    const gen = prng.create(3);
    const items = Array.from({ length: 60 }, (_, i) => ({
      order: prng.oneOf(gen, ['a0', 'a1', 'a1V', 'Zz']),
      id: `id-${(i * 37) % 60}`,
    }));
    const reference = [...items].sort(compareByOrder);
    for (let round = 0; round < 20; round++) {
      const shuffled = [...items].sort(() => gen.next() - 0.5);
      expect(shuffled.sort(compareByOrder)).toEqual(reference);
    }
    for (let i = 1; i < reference.length; i++) {
      expect(compareByOrder(reference[i - 1]!, reference[i]!)).toBeLessThan(0);
    }
  });
});

function expectStrictlyAscending(keys: readonly string[], message = 'keys'): void {
  for (let i = 1; i < keys.length; i++) {
    expect(
      keys[i - 1]! < keys[i]!,
      `${message}: ${keys[i - 1]} should sort before ${keys[i]}`,
    ).toBe(true);
  }
}

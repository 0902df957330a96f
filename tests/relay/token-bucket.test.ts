import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../relay/token-bucket';

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

function takeAll(bucket: TokenBucket): number {
  let taken = 0;
  while (bucket.take()) taken += 1;
  return taken;
}

describe('TokenBucket', () => {
  it('starts full: the whole burst at once, then nothing', () => {
    const time = clock();
    const bucket = new TokenBucket(10, 25, time.now);
    expect(takeAll(bucket)).toBe(25);
    expect(bucket.take()).toBe(false);
  });

  it('refills at the rate, fractions included', () => {
    const time = clock();
    const bucket = new TokenBucket(10, 25, time.now);
    takeAll(bucket);
    time.advance(250);
    expect(takeAll(bucket), 'a quarter second at 10/s').toBe(2);
    time.advance(50);
    expect(takeAll(bucket), 'the half token left over, plus half a token').toBe(1);
  });

  it('never holds more than the burst, however long it rested', () => {
    const time = clock();
    const bucket = new TokenBucket(10, 25, time.now);
    takeAll(bucket);
    time.advance(3_600_000);
    expect(takeAll(bucket)).toBe(25);
  });

  it('lets a steady sender at the rate through for ever', () => {
    const time = clock();
    const bucket = new TokenBucket(50, 1, time.now);
    for (let i = 0; i < 10_000; i++) {
      time.advance(20);
      expect(bucket.take()).toBe(true);
    }
  });
});

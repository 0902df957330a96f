const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

// One call to the random source per id cost more than building the row it names (an import of
// 10,000 rows spent ~60 ms there), so ids draw from a pool filled a few kilobytes at a time.
const POOL_SIZE = 4096;
const pool = new Uint8Array(POOL_SIZE);
let poolOffset = POOL_SIZE;

/** A random identifier of `length` base-36 characters (about 5 bits of entropy each). */
export function newId(length = 12): string {
  if (length > POOL_SIZE)
    throw new RangeError(`An id of ${String(length)} characters is too long.`);
  if (poolOffset + length > POOL_SIZE) {
    crypto.getRandomValues(pool);
    poolOffset = 0;
  }
  let id = '';
  for (let i = poolOffset; i < poolOffset + length; i++) {
    id += ALPHABET[(pool[i] ?? 0) % ALPHABET.length];
  }
  poolOffset += length;
  return id;
}

/** Empties the pool, so the next id draws from the random source afresh (for seeded replays). */
export function discardIdPool(): void {
  poolOffset = POOL_SIZE;
}

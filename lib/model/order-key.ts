import { BASE_62_DIGITS, generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

const SUFFIX_LENGTH = 3;

function randomSuffix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(SUFFIX_LENGTH));
  let suffix = '';
  bytes.forEach((byte, i) => {
    // A fractional part must not end in the zero digit, or the key is invalid.
    const last = i === SUFFIX_LENGTH - 1;
    const pool = last ? BASE_62_DIGITS.slice(1) : BASE_62_DIGITS;
    suffix += pool[byte % pool.length];
  });
  return suffix;
}

/**
 * Two members inserting at the same place would compute the same key; a random suffix keeps
 * their keys apart so that a later insert between them still has room. The suffix is only
 * safe when `upper` does not start with the key (then the key plus anything stays below it),
 * so such a key is first moved further towards `upper`.
 */
function jitter(key: string, upper: string | null): string {
  let k = key;
  while (upper !== null && upper.startsWith(k)) k = generateKeyBetween(k, upper);
  return k + randomSuffix();
}

/** Whether a stored order key is one fractional-indexing can compute with. */
export function isValidOrderKey(key: string | null): key is string {
  if (key === null || key === '') return false;
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

/** An order key sorting strictly between `lower` and `upper` (null = open end), unlikely to collide with a peer's. */
export function orderKeyBetween(lower: string | null, upper: string | null): string {
  // A key a peer wrote wrongly, or one whose update has not arrived yet, bounds nothing.
  if (!isValidOrderKey(lower)) lower = null;
  if (!isValidOrderKey(upper)) upper = null;
  if (lower !== null && upper !== null && lower >= upper) {
    // Equal keys (two peers' inserts that collided anyway): place after the lower one.
    return jitter(generateKeyBetween(lower, null), null);
  }
  return jitter(generateKeyBetween(lower, upper), upper);
}

/** `count` ascending order keys between `lower` and `upper`, for bulk inserts. */
export function orderKeysBetween(
  lower: string | null,
  upper: string | null,
  count: number,
): string[] {
  if (count <= 0) return [];
  const keys = generateNKeysBetween(lower, upper, count);
  const suffix = randomSuffix();
  // One shared suffix keeps the keys ordered among themselves while apart from a peer's batch.
  return keys.map((key, i) => {
    const next = keys[i + 1] ?? upper;
    let k = key;
    while (next !== null && next.startsWith(k)) k = generateKeyBetween(k, next);
    return k + suffix;
  });
}

/** Compares two ordered items by key, then by id, so that every replica sorts ties alike. */
export function compareByOrder(
  a: { order: string; id: string },
  b: { order: string; id: string },
): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

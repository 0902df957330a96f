const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A random identifier of `length` base-36 characters (about 5 bits of entropy each). */
export function newId(length = 12): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}

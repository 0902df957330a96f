// The room's encryption, byte for byte as y-webrtc's crypto.js does it, so what crosses the
// relay looks the same as from y-webrtc: a key from the secret by PBKDF2 (100,000 rounds of
// SHA-256, salted with the room name), AES-GCM with a fresh 12-byte IV per message, framed as
// varString 'AES-GCM', varUint8Array iv, varUint8Array ciphertext. y-webrtc does not export the
// module (its package exports only the provider), hence this copy; a test checks both agree.

import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

const ALGORITHM = 'AES-GCM';

/** Derives the room key from its secret; an empty secret means no encryption (null). */
export async function deriveRoomKey(secret: string, room: string): Promise<CryptoKey | null> {
  if (secret === '') return null;
  const text = new TextEncoder();
  const material = await crypto.subtle.importKey('raw', text.encode(secret), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt: text.encode(room), iterations: 100_000, hash: 'SHA-256' },
    material,
    { name: ALGORITHM, length: 256 },
    true,
    ['encrypt', 'decrypt'],
  );
}

/** Encrypts a value (lib0's `writeAny` encoding) for the relay; without a key, just encodes it. */
export async function sealJson(value: unknown, key: CryptoKey | null): Promise<Uint8Array> {
  const plain = encoding.encode((encoder) => encoding.writeAny(encoder, value as never));
  if (!key) return plain;
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const cipher = await crypto.subtle.encrypt({ name: ALGORITHM, iv }, key, plain);
  return encoding.encode((encoder) => {
    encoding.writeVarString(encoder, ALGORITHM);
    encoding.writeVarUint8Array(encoder, iv);
    encoding.writeVarUint8Array(encoder, new Uint8Array(cipher));
  });
}

/** Decrypts and decodes what `sealJson` made; rejects on a wrong key or damaged data. */
export async function openJson(data: Uint8Array, key: CryptoKey | null): Promise<unknown> {
  let plain = data;
  if (key) {
    const decoder = decoding.createDecoder(data);
    if (decoding.readVarString(decoder) !== ALGORITHM) throw new Error('Unknown encryption.');
    const iv = decoding.readVarUint8Array(decoder);
    const cipher = decoding.readVarUint8Array(decoder);
    plain = new Uint8Array(
      await crypto.subtle.decrypt({ name: ALGORITHM, iv: copy(iv) }, key, copy(cipher)),
    );
  }
  return decoding.readAny(decoding.createDecoder(plain));
}

// WebCrypto wants buffers it owns; lib0's decoder hands out views into the message.
function copy(view: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(view);
}

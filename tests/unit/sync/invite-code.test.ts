import * as prng from 'lib0/prng';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  checkRelay,
  inviteProblemMessage,
  makeInvite,
  newRoom,
  newSecret,
  readInvite,
  type Invite,
  type InviteProblem,
} from '@/lib/sync/invite-code';

const invite: Invite = {
  planId: 'k3v9q0x7m2p1z8w4',
  room: 'q2Jr8c0V3m_T1xY-a7Zb9w',
  secret: 'Zk4pQ9_w2Rr7hY-0nB3vX8cL',
  relays: ['wss://relay.larvik.kommune.no', 'ws://10.0.4.12:4444'],
  planTitle: 'MI i hjemmetjenesten – Larvik',
};

function codeFor(value: Invite = invite): string {
  const made = makeInvite(value);
  if (!made.ok) throw new Error(`makeInvite refused: ${made.problem}`);
  return made.code;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Encodes any payload the way invite codes are encoded, to craft codes makeInvite would refuse. */
function craft(payload: unknown, version = 1): string {
  const json = Buffer.from(JSON.stringify(payload));
  const bytes = Buffer.alloc(json.length + 4);
  json.copy(bytes);
  bytes.writeUInt32BE(crc32(json), json.length);
  let bits = '';
  for (const b of bytes) bits += b.toString(2).padStart(8, '0');
  while (bits.length % 5 !== 0) bits += '0';
  let body = '';
  for (let i = 0; i < bits.length; i += 5) body += CROCKFORD[parseInt(bits.slice(i, i + 5), 2)];
  return `FORANKRA-${version}-${body}`;
}

const wire = (value: Invite) => ({
  p: value.planId,
  r: value.room,
  s: value.secret,
  t: value.planTitle,
  u: value.relays,
});

describe('making an invite code', () => {
  it('reads back exactly what it carries', () => {
    const code = codeFor();
    expect(readInvite(code)).toEqual({ ok: true, invite });
  });

  it('holds only letters, digits and hyphens, and stays short enough to paste', () => {
    const code = codeFor();
    expect(code).toMatch(/^FORANKRA-1-[0-9A-HJKMNP-TV-Z]+$/);
    expect(code.length).toBeLessThan(400);
  });

  it('is encoded as CRC-checked Crockford base32 of compact JSON', () => {
    expect(codeFor()).toBe(craft(wire(invite)));
  });

  it('drops repeated relays and trims addresses', () => {
    const code = codeFor({ ...invite, relays: [' wss://a.example ', 'wss://a.example'] });
    const read = readInvite(code);
    expect(read.ok && read.invite.relays).toEqual(['wss://a.example']);
  });

  it('cuts a very long title so the code stays pasteable', () => {
    const read = readInvite(codeFor({ ...invite, planTitle: 'å'.repeat(1000) }));
    expect(read.ok && read.invite.planTitle).toBe('å'.repeat(120));
  });

  it('refuses a relay address that is not ws:// or wss://, naming it', () => {
    for (const relay of [
      'https://relay.example',
      'relay.example:4444',
      'javascript:alert(1)',
      'wss://',
      '',
    ]) {
      expect(makeInvite({ ...invite, relays: ['wss://ok.example', relay] })).toEqual({
        ok: false,
        problem: 'badRelay',
        relay,
      });
    }
    expect(checkRelay('  wss://relay.example:443/signal ')).toEqual({
      ok: true,
      relay: 'wss://relay.example:443/signal',
    });
  });

  it('allows no relays at all: the joiner then uses their own', () => {
    const read = readInvite(codeFor({ ...invite, relays: [] }));
    expect(read.ok && read.invite.relays).toEqual([]);
  });

  it('will not put a weak secret or a malformed room into a code', () => {
    expect(() => makeInvite({ ...invite, secret: 'password' })).toThrow(/128 bits/);
    expect(() => makeInvite({ ...invite, room: 'my room' })).toThrow(/newRoom/);
  });
});

describe('fresh rooms and secrets', () => {
  it('are base64url of at least 128 random bits, and differ each time', () => {
    const rooms = new Set<string>();
    const secrets = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const room = newRoom();
      const secret = newSecret();
      expect(room).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(secret).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(Buffer.from(secret, 'base64url')).toHaveLength(18);
      rooms.add(room);
      secrets.add(secret);
    }
    expect(rooms.size).toBe(200);
    expect(secrets.size).toBe(200);
    expect(readInvite(codeFor({ ...invite, room: newRoom(), secret: newSecret() })).ok).toBe(true);
  });
});

describe('reading a pasted invite', () => {
  const code = codeFor();

  it('finds the code inside a message, whatever follows it', () => {
    const messages = [
      `Hi all,\n\nhere is the invite to our plan:\n\n${code}\n\nRegards, Kari`,
      `Invite: ${code}. Regards`,
      `${code}Regards`,
      `(${code})`,
      `«${code}»`,
    ];
    for (const text of messages) expect(readInvite(text), text).toEqual({ ok: true, invite });
  });

  it('survives line wrapping, reply quoting, CRLF, spaces and invisible break marks', () => {
    const wrap = (width: number, sep: string) =>
      code.match(new RegExp(`.{1,${width}}`, 'g'))!.join(sep);
    const variants = [
      wrap(76, '\n'),
      wrap(72, '\r\n'),
      `> ${wrap(60, '\n> ')}`,
      `>> ${wrap(40, '\n>> ')}`,
      wrap(5, ' '),
      wrap(20, '\u00AD'),
      wrap(30, '\u200B'),
      wrap(50, '-\n'),
      ` \t${code} \n`,
    ];
    for (const text of variants)
      expect(readInvite(text), JSON.stringify(text)).toEqual({ ok: true, invite });
  });

  it('survives a change of case, look-alike letters and a typographic dash', () => {
    expect(readInvite(code.toLowerCase())).toEqual({ ok: true, invite });
    const body = code.slice('FORANKRA-1-'.length);
    const lookAlike = body.replace(/1/g, 'l').replace(/0/g, 'O');
    expect(readInvite(`FORANKRA-1-${lookAlike}`)).toEqual({ ok: true, invite });
    expect(readInvite(`FORANKRA–1–${body}`)).toEqual({ ok: true, invite });
  });

  it('says when there is no invite at all', () => {
    for (const text of ['', 'Hello', 'wss://relay.example', 'FORANKRA', 'forankra plan']) {
      expect(readInvite(text)).toEqual({ ok: false, problem: 'notAnInvite' });
    }
  });

  it('says damaged when any character is changed, lost, doubled or the code is cut', () => {
    const start = 'FORANKRA-1-'.length;
    for (let i = start; i < code.length; i++) {
      const ch = code[i]!;
      const other = ch === 'A' ? 'B' : 'A';
      const changed = code.slice(0, i) + other + code.slice(i + 1);
      const lost = code.slice(0, i) + code.slice(i + 1);
      const doubled = code.slice(0, i) + ch + code.slice(i);
      const cut = code.slice(0, i);
      for (const [what, text] of [
        ['changed', changed],
        ['lost', lost],
        // The last character doubled is just text after the code.
        ...(i < code.length - 1 ? [['doubled', doubled] as const] : []),
        ['cut', cut],
      ] as const) {
        expect(readInvite(text), `${what} at ${i}`).toEqual({ ok: false, problem: 'damaged' });
      }
    }
  });

  it('says damaged for two neighbouring characters swapped', () => {
    const start = 'FORANKRA-1-'.length;
    for (let i = start; i < code.length - 1; i++) {
      if (code[i] === code[i + 1]) continue;
      const swapped = code.slice(0, i) + code[i + 1]! + code[i]! + code.slice(i + 2);
      expect(readInvite(swapped), `swap at ${i}`).toEqual({ ok: false, problem: 'damaged' });
    }
  });

  it('asks for an update for a code from a newer Forankra', () => {
    expect(readInvite(craft({ anything: 1 }, 2))).toEqual({ ok: false, problem: 'newerVersion' });
    expect(readInvite('FORANKRA-7-ABCDEF')).toEqual({ ok: false, problem: 'newerVersion' });
  });

  it('takes the good code when a message quotes an old damaged one too', () => {
    const damaged = code.slice(0, 40);
    expect(readInvite(`new: ${code}\n\n> old: ${damaged}`)).toEqual({ ok: true, invite });
    expect(readInvite(`> old: ${damaged}\n\nnew: ${code}`)).toEqual({ ok: true, invite });
  });

  it('refuses a whole code that names something other than a relay', () => {
    const hostile = craft(wire({ ...invite, relays: ['https://tracker.example'] }));
    expect(readInvite(hostile)).toEqual({
      ok: false,
      problem: 'badRelay',
      relay: 'https://tracker.example',
    });
  });

  it('says damaged for a whole code whose content is not an invite', () => {
    const cases = [
      craft('just a string'),
      craft({ ...wire(invite), s: 'short' }),
      craft({ ...wire(invite), r: 'a room with spaces' }),
      craft({ ...wire(invite), p: '' }),
      craft({ ...wire(invite), u: 'wss://not-a-list' }),
      craft({ ...wire(invite), u: [42] }),
      craft({ ...wire(invite), t: null }),
    ];
    for (const text of cases)
      expect(readInvite(text), text).toEqual({ ok: false, problem: 'damaged' });
  });

  it('never throws on random text around or instead of a code', () => {
    const gen = prng.create(5);
    const alphabet = `${CROCKFORD}abc -_>\n\r\t.–\u00AD\u200B æøå`;
    for (let i = 0; i < 2000; i++) {
      const length = prng.int32(gen, 0, 600);
      let noise = '';
      for (let j = 0; j < length; j++) noise += alphabet[prng.int32(gen, 0, alphabet.length - 1)];
      const text = i % 2 === 0 ? `FORANKRA-1-${noise}` : noise;
      const read = readInvite(text);
      expect(read.ok).toBe(false);
    }
  });
});

describe('explaining invite problems', () => {
  it('maps every problem to its own message', () => {
    const problems: InviteProblem[] = ['notAnInvite', 'damaged', 'newerVersion', 'badRelay'];
    const keys = problems.map(inviteProblemMessage);
    expect(new Set(keys).size).toBe(problems.length);
    expect(inviteProblemMessage('damaged')).toBe('inviteDamaged');
  });
});

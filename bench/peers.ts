// A new member receiving a plan through our peer layer (lib/sync/peers): two members, each in a
// process of its own over real WebRTC from @roamhq/wrtc on loopback, meeting through the relay.
// The owner holds a plan of 1,000 or 10,000 rows × 12 string cells; the newcomer joins empty.
// Timed from the newcomer's join to the moment its copy holds every row, so it includes the key
// derivation, the meeting through the relay and the link setup. It measures; it fails nothing.
// `npx tsx bench/peers.ts`, or as part of `npm run bench`.

import { pathToFileURL } from 'node:url';
import * as Y from 'yjs';
import { defaultOptions } from '../relay/options';
import { startRelay } from '../relay/server';
import { buildRows } from '../tests/relay/large-plan';
import { startPlanPeer, type PlanPeer } from '../tests/relay/plan-peers';
import { fixed, int, markdownTable } from './table';

const SIZES = [
  { rows: 1_000, runs: 5 },
  { rows: 10_000, runs: 3 },
];

const epochNow = () => performance.timeOrigin + performance.now();

/** Prints the table of join-to-full-plan times. */
export async function peersBench(): Promise<void> {
  const relay = await startRelay({ ...defaultOptions, port: 0 }, () => {});
  const [owner, newcomer] = await Promise.all([startPlanPeer(), startPlanPeer()]);
  const rows: string[][] = [];
  try {
    for (const { rows: count, runs } of SIZES) {
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        times.push(await receive(owner, newcomer, relay.url, count, run));
      }
      times.sort((a, b) => a - b);
      const bytes = stateBytes(count);
      const median = times[times.length >> 1] ?? NaN;
      rows.push([
        int(count),
        fixed(bytes / 1_048_576, 1),
        int(median),
        `${int(times[0] ?? NaN)}–${int(times.at(-1) ?? NaN)}`,
        fixed(bytes / 1_048_576 / (median / 1000), 1),
      ]);
    }
  } finally {
    await Promise.all([owner.quit(), newcomer.quit()]);
    await relay.close();
  }
  console.log('\n## A new member receives the plan (our peer layer, @roamhq/wrtc, loopback)\n');
  console.log(
    markdownTable(
      ['rows', 'Yjs state MiB', 'join → all rows, median ms', 'range ms', 'MiB/s overall'],
      rows,
    ),
  );
  console.log(
    `\n- ${SIZES.map((s) => `${s.runs} runs of ${int(s.rows)}`).join(', ')} rows; each run a ` +
      'fresh room, secret and empty newcomer. Includes PBKDF2 key derivation, announce, offer/' +
      'answer through the relay, the link, 16 KiB frames with backpressure, and Y.applyUpdate.',
  );
}

async function receive(
  owner: PlanPeer,
  newcomer: PlanPeer,
  relay: string,
  rows: number,
  run: number,
): Promise<number> {
  const join = { relays: [relay], room: `bench-${rows}-${run}`, secret: `bench-secret-${run}` };
  await newcomer.send({ type: 'leave' });
  const built = await owner.send({ type: 'join', ...join, name: 'Owner', rows });
  await owner.until((s) => s.status.kind === 'looking', 'owner at the relay');
  const started = epochNow();
  await newcomer.send({ type: 'join', ...join, name: 'Newcomer' });
  const done = await newcomer.until(
    (s) => s.rows === rows && s.chars === built.chars,
    `${rows} rows at the newcomer`,
    120_000,
  );
  return done.rowsChangedAt - started;
}

function stateBytes(rows: number): number {
  const doc = new Y.Doc();
  buildRows(doc, rows);
  const bytes = Y.encodeStateAsUpdate(doc).byteLength;
  doc.destroy();
  return bytes;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await peersBench();
}

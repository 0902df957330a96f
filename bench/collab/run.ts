import os from 'node:os';
import { defaultOptions } from '../../relay/options';
import { startRelay } from '../../relay/server';
import { closeProfile, launchProfile } from './browsers';
import { joinBench, JOIN_SIZES } from './join-bench';
import { latencyBench, type SideFigures } from './latency-bench';
import { log } from './log';
import { startPages } from './pages';
import { relayLoadReport } from './relay-load';
import { joinTable, latencyTable } from './report';

// `npm run bench:collab`: working together, measured in the built extension in Debian's
// Chromium, two profiles on one plan through a relay started here on 127.0.0.1. It measures and
// prints Markdown; it never fails on a time (the machine is shared: the figures are noisy).

function section(title: string, table: string, notes: readonly string[]): void {
  console.log(`\n## ${title}\n\n${table}\n`);
  for (const note of notes) console.log(`- ${note}`);
}

const started = performance.now();
console.log('# Forankra bench: working together\n');
console.log(
  `node ${process.version} · ${os.cpus()[0]?.model ?? 'unknown CPU'} (${String(os.cpus().length)} cores) · ` +
    `${new Date().toISOString()} · load average ${os.loadavg()[0]?.toFixed(2) ?? '?'}`,
);

const relay = await startRelay({ ...defaultOptions, port: 0 }, () => {});
const pages = await startPages();
const [a, b] = await Promise.all([launchProfile(), launchProfile()]);
let latency: SideFigures[] = [];
try {
  latency = await latencyBench(a, b, relay.url, pages);
  await closeProfile(b);
  section('Edit to visible on the other member’s screen', latencyTable(latency), [
    'Two Chromium processes with profiles of their own on this machine, one relay on 127.0.0.1, ' +
      'WebRTC with host candidates only (no STUN/TURN). Forankra: the built extension, ' +
      'member A typing into a grid cell’s editor (the Activity cell of row 1), member B viewing ' +
      'the plan. Bare: two pages with a Y.Doc, a y-webrtc WebrtcProvider (same relay, a ' +
      'password) and a Y.Text bound to an <input>, shown in a <div> on the other page; the ' +
      'bare pages are open in the same two profiles during the same run.',
    'Per edit: A’s keydown event.timeStamp to the first MutationObserver callback in B that ' +
      'sees the cell with that character, both as performance.timeOrigin + page time. Edits are ' +
      'paced (the next key 60 ms after B showed the last), in 4 alternating blocks of 25 per ' +
      'path after 5 warm-up edits each; the DOM change is timed, not the paint after it.',
    'Clock skew: B’s clock minus A’s, estimated against Node’s over CDP (shortest of 15 round ' +
      'trips); it bounds the method’s error, and is not subtracted.',
  ]);

  const joins = await joinBench(a, relay.url, pages);
  section('A new member receives the plan', joinTable(joins), [
    `Profile A has the plan (a y-indexeddb database written before it opens, built with the real ` +
      `model: the grid bench’s 12-column plan) and shows it. Each run starts a fresh profile B with ` +
      `only the plan’s share record and relay (what "Join" stores), opens planner.html#/plan/<id>, ` +
      `and is timed on B’s clock from its navigation start to the grid's aria-rowcount counting ` +
      `every row (a MutationObserver). Runs: ${JOIN_SIZES.map((s) => `${String(s.runs)} × ${String(s.rows)}`).join(', ')}.`,
    'So it includes loading the planner page, the room key, meeting through the relay, WebRTC ' +
      'setup, the transfer and rendering the grid. "First grid": the rows the grid had when it ' +
      'first appeared in B; the whole plan showing at once means B showed no grid until then.',
  ]);
} finally {
  await closeProfile(a);
  await closeProfile(b).catch(() => undefined);
  await pages.server.close();
  await relay.close();
}

log('relay under load (bench/relay.ts)…');
const relayReport = await relayLoadReport(200);
console.log(`\n## Relay with 200 connected clients\n\n${relayReport}\n`);
console.log(
  '- bench/relay.ts run as it is, in a child process: the relay in a process of its own with ' +
    'the default limits, 200 signalling clients connected from the bench process.',
);
console.log(`\nBench took ${((performance.now() - started) / 1000).toFixed(0)} s.`);

// Relay load: `npx tsx bench/relay.ts [--clients 200] [--seconds 20] [--room-size 10]`.
// Starts the relay in a process of its own (this same file with --serve), connects the clients
// from here, each in a room of --room-size members, each publishing a signalling-sized message
// (an encrypted offer is about 1.4 KB) every 2 s, and prints the relay process's resident memory
// and CPU time as a Markdown table. It measures; it passes or fails nothing.

import { fork } from 'node:child_process';
import { parseArgs } from 'node:util';
import { WebSocket } from 'ws';
import { defaultOptions } from '../relay/options';
import { fixed, int, markdownTable } from './table';

interface RelayStats {
  rss: number;
  cpuMs: number;
  /** The relay process's monotonic clock, for CPU time as a share of the time passed. */
  atMs: number;
  connections: number;
  rooms: number;
}

type ServeMessage = { type: 'ready'; url: string } | ({ type: 'stats' } & RelayStats);

const { values } = parseArgs({
  options: {
    serve: { type: 'boolean' },
    clients: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '20' },
    'room-size': { type: 'string', default: '10' },
  },
});

if (values.serve === true) await serve();
else await run(Number(values.clients), Number(values.seconds), Number(values['room-size']));

/** The relay side: the real relay with the default limits, answering stats requests over IPC. */
async function serve(): Promise<void> {
  const { startRelay } = await import('../relay/server');
  const { streamLogger } = await import('../relay/log');
  // The log lines are written as in production (to stdout, which the bench discards).
  const relay = await startRelay({ ...defaultOptions, port: 0 }, streamLogger());
  const send = (message: ServeMessage) => process.send?.(message);
  process.on('message', () => {
    const cpu = process.cpuUsage();
    const { connections, rooms } = relay.health();
    send({
      type: 'stats',
      rss: process.memoryUsage().rss,
      cpuMs: (cpu.user + cpu.system) / 1000,
      atMs: performance.now(),
      connections,
      rooms,
    });
  });
  process.on('disconnect', () => void relay.close().then(() => process.exit(0)));
  send({ type: 'ready', url: relay.url });
}

async function run(clientCount: number, seconds: number, roomSize: number): Promise<void> {
  const child = fork(new URL(import.meta.url).pathname, ['--serve'], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const replies: ((stats: RelayStats) => void)[] = [];
  const url = await new Promise<string>((resolve) => {
    child.on('message', (message: ServeMessage) => {
      if (message.type === 'ready') resolve(message.url);
      else replies.shift()?.(message);
    });
  });
  const stats = () =>
    new Promise<RelayStats>((resolve) => {
      replies.push(resolve);
      child.send('stats');
    });
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  await pause(500);
  const idle = await stats();

  const clients = await Promise.all(
    Array.from({ length: clientCount }, (_, i) =>
      connect(url, `bench-room-${Math.floor(i / roomSize)}`),
    ),
  );
  await pause(1000);
  const connected = await stats();

  // A base64 payload of the size of the largest encrypted y-webrtc signal seen in the tests.
  const payload = Buffer.alloc(1020, 7).toString('base64');
  const frame = JSON.stringify({ type: 'publish', topic: 'bench-room-00', data: payload });
  let published = 0;
  let received = 0;
  for (const { socket } of clients) socket.on('message', () => (received += 1));
  const timers = clients.map(({ socket, room }) => {
    const publish = () => {
      published += 1;
      socket.send(JSON.stringify({ type: 'publish', topic: room, data: payload }));
    };
    // Spread over the 2 s so that the clients do not all publish in the same instant.
    return setTimeout(() => {
      publish();
      timers.push(setInterval(publish, 2000));
    }, Math.random() * 2000);
  });
  const samples: RelayStats[] = [];
  for (let s = 0; s < seconds; s++) {
    await pause(1000);
    samples.push(await stats());
  }
  for (const timer of timers) clearTimeout(timer);
  for (const timer of timers) clearInterval(timer);
  const loaded = samples.at(-1) ?? connected;
  const peakRss = Math.max(...samples.map((sample) => sample.rss));

  for (const { socket } of clients) socket.close();
  await pause(1500);
  const after = await stats();
  child.disconnect();

  const mib = (bytes: number) => fixed(bytes / 1_048_576, 1);
  const cpu = (from: RelayStats, to: RelayStats) => {
    const used = to.cpuMs - from.cpuMs;
    return `${int(used)} ms in ${fixed((to.atMs - from.atMs) / 1000, 1)} s (${fixed((100 * used) / (to.atMs - from.atMs), 1)} %)`;
  };
  console.log(
    `\nRelay under load: ${clientCount} clients in rooms of ${roomSize}, each publishing ` +
      `${Buffer.byteLength(frame)} B every 2 s for ${seconds} s ` +
      `(${int(published)} publishes, ${int(received)} deliveries). ` +
      `Node ${process.version}, relay in its own process.\n`,
  );
  console.log(
    markdownTable(
      ['phase', 'connections', 'rooms', 'RSS MiB', 'relay CPU time (share of one core)'],
      [
        ['started, idle', int(idle.connections), int(idle.rooms), mib(idle.rss), '—'],
        [
          `${clientCount} connected and subscribed`,
          int(connected.connections),
          int(connected.rooms),
          mib(connected.rss),
          cpu(idle, connected),
        ],
        [
          `publishing for ${seconds} s (RSS at end / peak)`,
          int(loaded.connections),
          int(loaded.rooms),
          `${mib(loaded.rss)} / ${mib(peakRss)}`,
          cpu(connected, loaded),
        ],
        ['clients gone', int(after.connections), int(after.rooms), mib(after.rss), '—'],
      ],
    ),
  );
}

async function connect(url: string, room: string): Promise<{ socket: WebSocket; room: string }> {
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  socket.send(JSON.stringify({ type: 'subscribe', topics: [room] }));
  return { socket, room };
}

// `npm run relay`: reads the options, starts the relay, stops it cleanly on SIGINT or SIGTERM.

import { streamLogger } from './log';
import { parseOptions, RelayOptionsError, usage, type ParsedCommandLine } from './options';
import { startRelay } from './server';

let parsed: ParsedCommandLine;
try {
  parsed = parseOptions(process.argv.slice(2), process.env);
} catch (error) {
  if (!(error instanceof RelayOptionsError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}
if (parsed.help) {
  process.stdout.write(`${usage()}\n`);
  process.exit(0);
}

const { options } = parsed;
const log = streamLogger();

const relay = await startRelay(options, log).catch((error: unknown) => {
  const code = (error as { code?: unknown }).code;
  const hint =
    code === 'EADDRINUSE'
      ? `port ${options.port} is in use: stop the other program or pick another with --port`
      : code === 'EADDRNOTAVAIL'
        ? `${options.host} is not an address of this machine: check --host`
        : code === 'EACCES'
          ? `not allowed to listen on port ${options.port}: use a port above 1023`
          : String(error);
  process.stderr.write(`The relay could not start: ${hint}.\n`);
  process.exit(1);
});

const loopback = options.host === 'localhost' || /^(127\.|::1$)/.test(options.host);
log('listening', {
  url: relay.url,
  health: `${relay.url.replace(/^ws/, 'http')}/health`,
  maxMessageBytes: options.maxMessageBytes,
  maxMessagesPerSecond: options.maxMessagesPerSecond,
  messageBurst: options.messageBurst,
  maxRoomsPerConnection: options.maxRoomsPerConnection,
  maxConnections: options.maxConnections,
  note: loopback
    ? 'only this machine can connect; use --host 0.0.0.0 to serve the intranet'
    : 'other machines can connect; put a TLS reverse proxy in front for wss://',
});

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  log('stopping', { signal, connections: relay.health().connections });
  relay.close().then(
    () => {
      log('stopped', {});
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`The relay did not stop cleanly: ${String(error)}\n`);
      process.exit(1);
    },
  );
};
// `on`, not `once`: Ctrl+C reaches both tsx and the relay, and tsx passes its copy on, so a
// second signal must not cut the shutdown short. Shutdown is bounded (relay/server.ts).
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

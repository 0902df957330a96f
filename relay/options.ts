// The relay's settings: defaults, then environment variables, then command-line flags.

import { parseArgs } from 'node:util';

export interface RelayOptions {
  /** Address to listen on. 127.0.0.1 by default: only this machine can connect. */
  host: string;
  /** TCP port for both the WebSocket and GET /health. 0 picks a free port (tests). */
  port: number;
  /** Largest message a client may send, in bytes (JSON text as received). */
  maxMessageBytes: number;
  /** Messages per second a connection may send in the long run (token bucket refill). */
  maxMessagesPerSecond: number;
  /** Messages a connection may send at once before the rate applies (token bucket size). */
  messageBurst: number;
  /** Distinct rooms (topics) one connection may subscribe to; more are refused. */
  maxRoomsPerConnection: number;
  /** Open WebSocket connections in total; more are turned away with HTTP 503. */
  maxConnections: number;
  /** How often each connection is pinged; one without a pong by the next ping is dropped. */
  pingIntervalMs: number;
  /** Take the client's address from X-Forwarded-For (only behind a reverse proxy you run). */
  trustProxy: boolean;
}

export const defaultOptions: Readonly<RelayOptions> = {
  host: '127.0.0.1',
  port: 4444,
  maxMessageBytes: 64 * 1024,
  maxMessagesPerSecond: 50,
  messageBurst: 500,
  maxRoomsPerConnection: 100,
  maxConnections: 1000,
  pingIntervalMs: 30_000,
  trustProxy: false,
};

type NumericOption = Exclude<keyof RelayOptions, 'host' | 'trustProxy'>;

interface NumericSetting {
  flag: string;
  env: string;
  /** Converts the number the user wrote into the option's unit. */
  scale: number;
  min: number;
  /** Whether only whole numbers make sense (all but the ping interval). */
  integer: boolean;
  help: string;
}

const numeric: Record<NumericOption, NumericSetting> = {
  port: { flag: 'port', env: 'RELAY_PORT', scale: 1, min: 0, integer: true, help: 'TCP port' },
  maxMessageBytes: {
    flag: 'max-message-bytes',
    env: 'RELAY_MAX_MESSAGE_BYTES',
    scale: 1,
    integer: true,
    min: 1024,
    help: 'largest message a client may send, in bytes',
  },
  maxMessagesPerSecond: {
    flag: 'max-messages-per-second',
    env: 'RELAY_MAX_MESSAGES_PER_SECOND',
    scale: 1,
    integer: true,
    min: 1,
    help: 'sustained messages per second per connection',
  },
  messageBurst: {
    flag: 'message-burst',
    env: 'RELAY_MESSAGE_BURST',
    scale: 1,
    integer: true,
    min: 1,
    help: 'messages a connection may send at once',
  },
  maxRoomsPerConnection: {
    flag: 'max-rooms-per-connection',
    env: 'RELAY_MAX_ROOMS_PER_CONNECTION',
    scale: 1,
    integer: true,
    min: 1,
    help: 'rooms one connection may join; more are refused',
  },
  maxConnections: {
    flag: 'max-connections',
    env: 'RELAY_MAX_CONNECTIONS',
    scale: 1,
    integer: true,
    min: 1,
    help: 'open connections in total; more get HTTP 503',
  },
  pingIntervalMs: {
    flag: 'ping-interval',
    env: 'RELAY_PING_INTERVAL',
    scale: 1000,
    integer: false,
    min: 0.01,
    help: 'seconds between pings; silent connections are dropped',
  },
};

const numericKeys = Object.keys(numeric) as NumericOption[];

export class RelayOptionsError extends Error {
  override name = 'RelayOptionsError';
}

/** Result of reading the command line: options to run with, or a request for the usage text. */
export type ParsedCommandLine = { help: true } | { help: false; options: RelayOptions };

/** Reads flags (`--port 4444`) over environment variables (`RELAY_PORT`) over the defaults. */
export function parseOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ParsedCommandLine {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: 'boolean', short: 'h' },
        host: { type: 'string' },
        'trust-proxy': { type: 'boolean' },
        ...Object.fromEntries(
          numericKeys.map((key) => [numeric[key].flag, { type: 'string' as const }]),
        ),
      },
    }));
  } catch (cause) {
    const what = cause instanceof Error ? cause.message : String(cause);
    throw new RelayOptionsError(`${what}. Run with --help to see the options.`, { cause });
  }
  if (values.help === true) return { help: true };

  const options: RelayOptions = { ...defaultOptions };
  const host = stringValue(values.host) ?? env.RELAY_HOST;
  if (host !== undefined) {
    if (host.trim() === '') throw new RelayOptionsError('--host (RELAY_HOST) must not be empty.');
    options.host = host.trim();
  }
  options.trustProxy =
    values['trust-proxy'] === true || booleanEnv('RELAY_TRUST_PROXY', env.RELAY_TRUST_PROXY);

  for (const key of numericKeys) {
    const setting = numeric[key];
    const fromFlag = stringValue(values[setting.flag]);
    const raw = fromFlag ?? env[setting.env];
    if (raw === undefined || raw.trim() === '') continue;
    const source = fromFlag !== undefined ? `--${setting.flag}` : setting.env;
    options[key] = readNumber(raw, source, setting);
  }
  if (options.port > 65_535) {
    throw new RelayOptionsError(`The port must be at most 65535, but received ${options.port}.`);
  }
  return { help: false, options };
}

function stringValue(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function booleanEnv(name: string, raw: string | undefined): boolean {
  if (raw === undefined || raw === '') return false;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new RelayOptionsError(`${name} should be "true" or "false", but received "${raw}".`);
}

function readNumber(raw: string, source: string, setting: NumericSetting): number {
  const value = Number(raw.trim());
  const ok = Number.isFinite(value) && (!setting.integer || Number.isInteger(value));
  if (!ok || value < setting.min) {
    const kind = setting.integer ? 'a whole number' : 'a number';
    throw new RelayOptionsError(
      `${source} should be ${kind} of at least ${setting.min} (${setting.help}), but received "${raw}".`,
    );
  }
  return Math.round(value * setting.scale);
}

/** The --help text, with each option's environment variable and default. */
export function usage(): string {
  const row = (flag: string, env: string, help: string, fallback: string) =>
    `  --${flag.padEnd(26)} ${env.padEnd(31)} ${help} (default ${fallback})`;
  const shown: Record<NumericOption, string> = {
    port: String(defaultOptions.port),
    maxMessageBytes: String(defaultOptions.maxMessageBytes),
    maxMessagesPerSecond: String(defaultOptions.maxMessagesPerSecond),
    messageBurst: String(defaultOptions.messageBurst),
    maxRoomsPerConnection: String(defaultOptions.maxRoomsPerConnection),
    maxConnections: String(defaultOptions.maxConnections),
    pingIntervalMs: String(defaultOptions.pingIntervalMs / 1000),
  };
  return [
    'Forankra signalling relay: introduces y-webrtc peers to each other; holds no plan data.',
    '',
    'Usage: npm run relay -- [options]      (flags win over environment variables)',
    '',
    row('host', 'RELAY_HOST', 'address to listen on; 0.0.0.0 for all', defaultOptions.host),
    ...numericKeys.map((key) =>
      row(numeric[key].flag, numeric[key].env, numeric[key].help, shown[key]),
    ),
    row('trust-proxy', 'RELAY_TRUST_PROXY', 'log X-Forwarded-For as the address', 'false'),
    '  --help',
  ].join('\n');
}

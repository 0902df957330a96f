import { describe, expect, it } from 'vitest';
import { defaultOptions, parseOptions, RelayOptionsError, usage } from '../../relay/options';

const options = (argv: string[], env: Record<string, string> = {}) => {
  const parsed = parseOptions(argv, env);
  if (parsed.help) throw new Error('unexpected --help');
  return parsed.options;
};

describe('relay options', () => {
  it('default to loopback on port 4444, as y-webrtc’s own server', () => {
    expect(options([])).toEqual(defaultOptions);
    expect(defaultOptions).toMatchObject({ host: '127.0.0.1', port: 4444 });
  });

  it('come from the environment, and flags win over it', () => {
    const env = { RELAY_HOST: '0.0.0.0', RELAY_PORT: '5000', RELAY_MAX_CONNECTIONS: '20' };
    expect(options([], env)).toMatchObject({ host: '0.0.0.0', port: 5000, maxConnections: 20 });
    expect(options(['--port', '6000', '--host=10.0.0.2'], env)).toMatchObject({
      host: '10.0.0.2',
      port: 6000,
      maxConnections: 20,
    });
  });

  it('read every limit, and the ping interval in seconds', () => {
    expect(
      options([
        '--max-message-bytes',
        '131072',
        '--max-messages-per-second',
        '20',
        '--message-burst',
        '100',
        '--max-rooms-per-connection',
        '10',
        '--max-connections',
        '300',
        '--ping-interval',
        '12.5',
        '--trust-proxy',
      ]),
    ).toEqual({
      host: '127.0.0.1',
      port: 4444,
      maxMessageBytes: 131072,
      maxMessagesPerSecond: 20,
      messageBurst: 100,
      maxRoomsPerConnection: 10,
      maxConnections: 300,
      pingIntervalMs: 12_500,
      trustProxy: true,
    });
    expect(options([], { RELAY_TRUST_PROXY: 'yes', RELAY_PING_INTERVAL: '60' })).toMatchObject({
      trustProxy: true,
      pingIntervalMs: 60_000,
    });
  });

  it('say what is wrong and what is expected', () => {
    expect(() => options(['--port', 'http'])).toThrow(
      '--port should be a whole number of at least 0 (TCP port), but received "http".',
    );
    expect(() => options([], { RELAY_MAX_MESSAGE_BYTES: '100' })).toThrow(
      /RELAY_MAX_MESSAGE_BYTES should be a whole number of at least 1024/,
    );
    expect(() => options(['--port', '70000'])).toThrow(/at most 65535/);
    expect(() => options(['--message-burst', '2.5'])).toThrow(/whole number/);
    expect(() => options(['--verbose'])).toThrow(RelayOptionsError);
    expect(() => options(['--verbose'])).toThrow(/--help/);
    expect(() => options([], { RELAY_TRUST_PROXY: 'maybe' })).toThrow(/"true" or "false"/);
  });

  it('answer --help with every flag and its environment variable', () => {
    expect(parseOptions(['--help'], {})).toEqual({ help: true });
    for (const name of ['--host', 'RELAY_HOST', '--max-message-bytes', 'RELAY_PING_INTERVAL']) {
      expect(usage()).toContain(name);
    }
  });
});

import { bundle } from '../grid/bundles';
import { page, serve, type BenchServer } from '../grid/server';

// The bench's browser code, bundled in memory with the esbuild that WXT brings (minified, as
// the extension's own build is), and the 127.0.0.1 server of the bare y-webrtc page.

export interface CollabPages {
  /** The probe as a classic script, for addInitScript. */
  probe: string;
  server: BenchServer;
  /** The bare page's address for a room, its password and a relay. */
  bareUrl(room: string, password: string, relay: string): string;
}

export async function startPages(): Promise<CollabPages> {
  const [probe, bare] = await Promise.all([
    bundle('probe.ts', 'iife', import.meta.dirname),
    bundle('bare-page.ts', 'esm', import.meta.dirname),
  ]);
  const server = await serve(
    new Map([
      ['/bare.html', page('Bare y-webrtc', '/bare.js')],
      ['/bare.js', { type: 'text/javascript', body: bare }],
    ]),
  );
  return {
    probe,
    server,
    bareUrl: (room, password, relay) =>
      `${server.origin}/bare.html#${new URLSearchParams({ room, password, signaling: relay }).toString()}`,
  };
}

import { build } from 'esbuild';
import { resolve } from 'node:path';

// The bench's browser code, bundled in memory with the esbuild that WXT brings: minified like
// the extension's own build, so neither side is measured in a debug build.

export interface Bundles {
  /** The probe, as a classic script (an init script or an evaluated string). */
  probe: string;
  agPage: string;
  yjsPage: string;
}

const here = import.meta.dirname;

/** Bundles one bench page script (a path from `dir`) for the browser, minified, in memory. */
export async function bundle(
  entry: string,
  format: 'iife' | 'esm',
  dir: string = here,
): Promise<string> {
  const result = await build({
    entryPoints: [resolve(dir, entry)],
    bundle: true,
    write: false,
    minify: true,
    format,
    target: 'chrome120',
    platform: 'browser',
    // simple-peer (under y-webrtc) was written for browserify and looks for Node's globals.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    logLevel: 'error',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced nothing for ${entry}.`);
  return file.text;
}

export async function makeBundles(): Promise<Bundles> {
  const [probe, agPage, yjsPage] = await Promise.all([
    bundle('probe.ts', 'iife'),
    bundle('ag-page.ts', 'esm'),
    bundle('yjs-page.ts', 'esm'),
  ]);
  return { probe, agPage, yjsPage };
}

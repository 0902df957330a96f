import { spawnSync } from 'node:child_process';

// `npm run bench` starts plain `tsx bench/run.ts`. Heap figures need a collector the bench can
// call, so without one the bench starts itself again with `--expose-gc` (tsx hands node flags
// on). The marker stops a second restart: if gc is still missing, the tables say so.
const RESTARTED = 'FORANKRA_BENCH_RESTARTED';
const hasGc = typeof (globalThis as { gc?: unknown }).gc === 'function';
const script = process.argv[1];

if (!hasGc && process.env[RESTARTED] !== '1' && script) {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, '--expose-gc', script, ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, [RESTARTED]: '1' } },
  );
  if (child.error)
    throw new Error('Could not restart the bench with --expose-gc.', { cause: child.error });
  process.exitCode = child.status ?? 1;
} else {
  const { runBench } = await import('./report');
  runBench({ full: process.argv.includes('--full') });
  const { csvImportBench } = await import('./csv-import-bench');
  const csvImport = csvImportBench(10_000);
  console.log(`\n## CSV import of 10,000 rows × 12 columns\n\n${csvImport.table}\n`);
  for (const note of csvImport.notes) console.log(`- ${note}`);
  // Peers over WebRTC in child processes: after the in-process figures, so they do not share a core.
  const { peersBench } = await import('./peers');
  await peersBench();
}

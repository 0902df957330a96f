import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

// Part 3: bench/relay.ts as it is (the relay in a process of its own, 200 clients), run as a
// child process; its report is passed on as it printed it.

export function relayLoadReport(clients = 200): Promise<string> {
  const script = resolve(import.meta.dirname, '..', 'relay.ts');
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', script, '--clients', String(clients)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('exit', (code) => {
      if (code === 0) done(out.trim());
      else fail(new Error(`bench/relay.ts exited with ${String(code)}:\n${out}`));
    });
  });
}

// Starts peer processes and drives them over IPC: peer-process.ts (bare y-webrtc) and
// plan-peer-process.ts (our layer, lib/sync/peers). Each command is answered with the peer's
// state once it has been carried out.

import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { PeerCommand, PeerReply } from './peer-protocol';

const bareScript = fileURLToPath(new URL('./peer-process.ts', import.meta.url));

/** A command without the id the driver adds. */
export type WithoutId<C> = C extends unknown ? Omit<C, 'id'> : never;

/** A child process that takes commands and answers each with its state. */
export interface Driver<C, R> {
  /** Sends a command; resolves with the peer's state once it has been carried out. */
  send(command: WithoutId<C>): Promise<R>;
  /** Polls the peer until `check` holds for its state. */
  until(check: (state: R) => boolean, what: string, timeoutMs?: number): Promise<R>;
  quit(): Promise<void>;
  /** Stops (SIGSTOP) or resumes (SIGCONT) the whole process, as a laptop that sleeps. */
  freeze(frozen: boolean): void;
}

export type Peer = Driver<PeerCommand, PeerReply>;

/** Starts a bare y-webrtc peer process and waits until it is ready for commands. */
export function startPeer(): Promise<Peer> {
  return startDriver<PeerCommand, PeerReply>(bareScript, { type: 'read' }, { type: 'quit' });
}

/** Forks `script`, which answers `{ id }`-tagged commands; `read` polls it, `quit` ends it. */
export async function startDriver<C, R extends { id: number }>(
  script: string,
  read: WithoutId<C>,
  quitCommand: WithoutId<C>,
): Promise<Driver<C, R>> {
  const child = fork(script, [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
  });
  const waiting = new Map<number, (reply: R) => void>();
  let nextId = 1;
  const ready = new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`peer process exited early (${code})`)));
    child.once('message', () => resolve());
  });
  child.on('message', (reply: R) => {
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  await ready;

  const send = (command: WithoutId<C>): Promise<R> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, resolve);
      child.send({ ...command, id }, (error) => {
        if (error) reject(error);
      });
    });

  return {
    send,
    async until(check, what, timeoutMs = 15_000) {
      const started = Date.now();
      for (;;) {
        const state = await send(read);
        if (check(state)) return state;
        if (Date.now() - started > timeoutMs) {
          throw new Error(
            `Peer: ${what} did not happen in ${timeoutMs} ms (${JSON.stringify(state)})`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    quit: () => quit(child, () => send(quitCommand)),
    freeze: (frozen) => void child.kill(frozen ? 'SIGSTOP' : 'SIGCONT'),
  };
}

async function quit(child: ChildProcess, sendQuit: () => Promise<unknown>): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await Promise.race([sendQuit().then(() => exited), exited]);
  clearTimeout(timer);
}

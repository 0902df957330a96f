// Starts peer processes (peer-process.ts) and drives them: join a room, type, leave, read.

import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { PeerCommand, PeerReply } from './peer-protocol';

const script = fileURLToPath(new URL('./peer-process.ts', import.meta.url));

type Command = PeerCommand extends infer C
  ? C extends PeerCommand
    ? Omit<C, 'id'>
    : never
  : never;

export interface Peer {
  /** Sends a command; resolves with the peer's state once it has been carried out. */
  send(command: Command): Promise<PeerReply>;
  /** Polls the peer until `check` holds for its state. */
  until(check: (state: PeerReply) => boolean, what: string, timeoutMs?: number): Promise<PeerReply>;
  quit(): Promise<void>;
}

/** Starts a peer process and waits until it is ready for commands. */
export async function startPeer(): Promise<Peer> {
  const child = fork(script, [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map<number, (reply: PeerReply) => void>();
  let nextId = 1;
  const ready = new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`peer process exited early (${code})`)));
    child.once('message', () => resolve());
  });
  child.on('message', (reply: PeerReply) => {
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  await ready;

  const send = (command: Command): Promise<PeerReply> =>
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
        const state = await send({ type: 'read' });
        if (check(state)) return state;
        if (Date.now() - started > timeoutMs) {
          throw new Error(
            `Peer: ${what} did not happen in ${timeoutMs} ms (${JSON.stringify(state)})`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    quit: () => quit(child, send),
  };
}

async function quit(child: ChildProcess, send: (c: Command) => Promise<PeerReply>): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await Promise.race([send({ type: 'quit' }).then(() => exited), exited]);
  clearTimeout(timer);
}

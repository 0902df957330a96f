import * as Y from 'yjs';
import { afterPaint } from './after-paint';

/**
 * Yjs updates held until the frame that shows them has been painted, then handed on merged
 * into one: storing or posting an update costs a keystroke a few tenths of a millisecond that
 * its frame need not wait for. A page hiding or going away hands on what waits at once.
 */
export class UpdatesAfterPaint {
  private waiting: Uint8Array[] = [];

  constructor(private readonly handOn: (update: Uint8Array) => void) {
    globalThis.addEventListener?.('pagehide', this.flush);
    globalThis.document?.addEventListener('visibilitychange', this.onVisibility);
  }

  /** Holds an update; the first of a frame asks for the hand-on after that frame. */
  add(update: Uint8Array): void {
    if (this.waiting.push(update) === 1) afterPaint(this.flush);
  }

  /** Hands on what waits, now. */
  readonly flush = (): void => {
    const waiting = this.waiting;
    if (waiting.length === 0) return;
    this.waiting = [];
    const update = waiting.length === 1 ? waiting[0] : Y.mergeUpdates(waiting);
    if (update) this.handOn(update);
  };

  /** Forgets what waits: the caller has handed it on another way. */
  clear(): void {
    this.waiting = [];
  }

  /** Hands on what waits and stops listening to the page. */
  close(): void {
    this.flush();
    globalThis.removeEventListener?.('pagehide', this.flush);
    globalThis.document?.removeEventListener('visibilitychange', this.onVisibility);
  }

  private readonly onVisibility = (): void => {
    if (globalThis.document?.visibilityState !== 'visible') this.flush();
  };
}

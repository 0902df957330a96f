import type { Page } from 'playwright-core';

// Edit-to-visible latency between two pages in two Chromium profiles. Per edit: the sender's
// page notes the keydown's event.timeStamp, the receiver's page notes when a MutationObserver
// first saw the cell's text with that character, both as performance.timeOrigin + page time
// (epoch ms; one machine, one clock; clock-skew.ts checks that the two processes agree). Edits
// are paced: the next key is pressed once the receiver showed the last one and a short pause
// passed, so each figure is one edit's path alone, not a queue of them.

/** Milliseconds between one edit showing on the receiver and the next key. */
const PAUSE_MS = 60;
/** An edit not visible after this long counts as lost. */
const LOST_AFTER_MS = 10_000;

/** One side of the comparison: where to type, and where the other member sees it. */
export interface EditPair {
  name: string;
  sender: Page;
  receiver: Page;
  /** Puts the sender's caret at the end of the measured cell's editor; returns its value. */
  focus(): Promise<string>;
  /** What the receiver watches (its text includes the value). */
  receiverSelector: string;
  /** Ends a block of edits (commits the editor, for the grid). */
  finish(): Promise<void>;
}

export interface BlockResult {
  latencies: number[];
  lost: number;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Types `count` characters one by one and returns each one's latency in ms. */
export async function measureBlock(pair: EditPair, count: number): Promise<BlockResult> {
  // The measured tabs in front in both browsers: a member looks at the plan they work in, and
  // a hidden tab's timers and frames are throttled.
  await pair.sender.bringToFront();
  await pair.receiver.bringToFront();
  const base = await pair.focus();
  await pair.receiver.evaluate(
    (selector) => globalThis.collabProbe?.watchText(selector),
    pair.receiverSelector,
  );
  await pair.sender.evaluate(() => globalThis.collabProbe?.recordKeys());
  let typed = '';
  const shownAt: (number | null)[] = [];
  for (let i = 0; i < count; i++) {
    const char = LETTERS[i % LETTERS.length] ?? 'x';
    typed += char;
    const expected = base + typed;
    const seen = pair.receiver.evaluate(
      ([text, timeout]) => globalThis.collabProbe?.waitForText(text, timeout),
      [expected, LOST_AFTER_MS] as const,
    );
    await pair.sender.keyboard.press(char);
    const shown = (await seen) === true;
    const first = shown
      ? await pair.receiver.evaluate(
          (text) => globalThis.collabProbe?.seen().find((s) => s.text.includes(text))?.at ?? null,
          expected,
        )
      : null;
    shownAt.push(first);
    await new Promise((done) => setTimeout(done, PAUSE_MS));
  }
  const keys = await pair.sender.evaluate(() => globalThis.collabProbe?.keys() ?? []);
  await pair.finish();
  const latencies: number[] = [];
  let lost = 0;
  shownAt.forEach((at, i) => {
    const key = keys[i];
    if (at === null || key === undefined) lost += 1;
    else latencies.push(at - key);
  });
  return { latencies, lost };
}

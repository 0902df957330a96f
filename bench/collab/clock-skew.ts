import type { Page } from 'playwright-core';

// A check on the method, not a correction: latencies subtract one page's clock from another's,
// which is only sound if the two renderer processes agree on the epoch. This estimates each
// page's clock against Node's (the reply with the shortest round trip, NTP-style) and returns
// how far the two pages disagree, with the uncertainty that the round trips leave.

const SAMPLES = 15;

async function offsetOf(page: Page): Promise<{ offset: number; rtt: number }> {
  let best = { offset: 0, rtt: Number.POSITIVE_INFINITY };
  for (let i = 0; i < SAMPLES; i++) {
    const before = performance.timeOrigin + performance.now();
    const pageNow = await page.evaluate(() => globalThis.collabProbe?.now() ?? Number.NaN);
    const after = performance.timeOrigin + performance.now();
    if (after - before < best.rtt) {
      best = { offset: pageNow - (before + after) / 2, rtt: after - before };
    }
  }
  return best;
}

/** Receiver's clock minus sender's, in ms, and ± how sure that is. */
export async function clockSkew(
  sender: Page,
  receiver: Page,
): Promise<{ skew: number; uncertainty: number }> {
  const a = await offsetOf(sender);
  const b = await offsetOf(receiver);
  return { skew: b.offset - a.offset, uncertainty: (a.rtt + b.rtt) / 2 };
}

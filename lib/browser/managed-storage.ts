import { browser } from 'wxt/browser';
import { parseManagedPolicy, type ManagedPolicy } from './managed-policy';
import { managedPolicyForTestsItem } from './storage-items';

/** Where the reader looks; tests hand in their own. */
export interface ManagedSources {
  managed(): Promise<unknown>;
  testOverride(): Promise<unknown>;
  installType(): Promise<string>;
}

const browserSources: ManagedSources = {
  // Firefox without an enterprise policy (and browsers without the area) reject or lack it.
  managed: async () => (await browser.storage.managed?.get()) ?? {},
  testOverride: () => managedPolicyForTestsItem.getValue(),
  installType: async () => (await browser.management?.getSelf())?.installType ?? 'normal',
};

/** The organisation's policy from managed storage; an absent or unreadable area is no policy. */
export async function readManagedPolicy(
  sources: ManagedSources = browserSources,
): Promise<ManagedPolicy> {
  let raw: unknown = {};
  try {
    raw = await sources.managed();
  } catch {
    raw = {};
  }
  const policy = parseManagedPolicy(raw);
  if (Object.keys(policy).length > 0) return policy;
  try {
    if ((await sources.installType()) !== 'development') return policy;
    return parseManagedPolicy(await sources.testOverride());
  } catch {
    return policy;
  }
}

/**
 * The policy to show a page with at once: `fresh` if it is read first, else the policy read
 * last time (`lastRead`, as stored), which stands in until `fresh` comes. Chromium answers the
 * first read of managed storage only once its policy service is up, seconds after the browser
 * starts, and a page restored then would show nothing meanwhile. With nothing (well-formed)
 * stored, it waits for `fresh`.
 */
export async function startingPolicy(
  fresh: Promise<ManagedPolicy>,
  lastRead: () => Promise<unknown>,
): Promise<ManagedPolicy> {
  const standIn = lastRead().then(
    (stored) =>
      typeof stored === 'object' && stored !== null ? parseManagedPolicy(stored) : fresh,
    () => fresh,
  );
  // Both may be in already: `fresh` is listed first, and wins then.
  return Promise.race([fresh, standIn]);
}

/** Calls back when the organisation's policy (or the development stand-in) changes. */
export function watchManagedPolicy(callback: () => void): () => void {
  const onChanged = (_changes: unknown, area: string) => {
    if (area === 'managed') callback();
  };
  browser.storage.onChanged.addListener(onChanged);
  const unwatchOverride = managedPolicyForTestsItem.watch(() => callback());
  return () => {
    browser.storage.onChanged.removeListener(onChanged);
    unwatchOverride();
  };
}

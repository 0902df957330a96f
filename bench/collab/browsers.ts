import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXTENSION_DIR, ExtensionBrowser } from '../../tests/e2e/browser';

// Chromium profiles for the collaboration bench: each a browser process and profile of its own,
// as two members' laptops are. Every launched browser is killed and its profile removed at the
// end, and on Ctrl-C or SIGTERM (Chromium runs in a process group of its own).

const launched = new Set<ExtensionBrowser>();

function endAll(): void {
  for (const browser of launched) {
    void browser.kill();
    browser.removeProfile();
  }
  process.exit(130);
}

/** Launches a Chromium with this checkout's build, waiting if another build is under way. */
export async function launchProfile(): Promise<ExtensionBrowser> {
  const manifest = resolve(EXTENSION_DIR, 'manifest.json');
  for (let waited = 0; !existsSync(manifest) && waited < 60_000; waited += 500) {
    await new Promise((done) => setTimeout(done, 500));
  }
  if (launched.size === 0) {
    process.once('SIGINT', endAll);
    process.once('SIGTERM', endAll);
  }
  const browser = await ExtensionBrowser.launch();
  launched.add(browser);
  return browser;
}

/** Closes a profile's Chromium and removes the profile. */
export async function closeProfile(browser: ExtensionBrowser): Promise<void> {
  launched.delete(browser);
  await browser.close();
  browser.removeProfile();
  if (launched.size === 0) {
    process.off('SIGINT', endAll);
    process.off('SIGTERM', endAll);
  }
}

import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Worker,
} from 'playwright-core';

/** The id the manifest key gives the unpacked extension (whatever folder it is loaded from). */
export const EXTENSION_ID = 'foojdolkcogbfjnlbaiojemoklakpcfg';
/** The build under test (`npm run build`). */
// FORANKRA_EXTENSION_DIR: test another build than the working tree's (a copy of .output).
export const EXTENSION_DIR = resolve(process.env.FORANKRA_EXTENSION_DIR ?? '.output/chrome-mv3');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--remote-debugging-port=0',
];

/**
 * The copy of the build that a profile runs, beside the profile. A rebuild of .output/ while a
 * test runs (another `npm run build` in the same checkout) would otherwise pull the files from
 * under the running extension (ERR_FILE_NOT_FOUND, ERR_BLOCKED_BY_CLIENT). Made on the first
 * launch of a profile and reused by its relaunches; removeProfile() removes it.
 */
function extensionCopyFor(profileDir: string): string {
  const dir = `${profileDir}.extension`;
  if (!existsSync(join(dir, 'manifest.json'))) {
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error(`No build in ${EXTENSION_DIR}: run \`npm run build\` first.`);
    }
    cpSync(EXTENSION_DIR, dir, { recursive: true });
  }
  return dir;
}

/**
 * A Chromium we start ourselves (not through Playwright's launcher) so that a test can kill
 * it with SIGKILL, as a crash or power cut would, and then start it again on the same profile.
 */
export class ExtensionBrowser {
  private constructor(
    readonly profileDir: string,
    /** The folder Chromium loads the extension from: this profile's copy of the build. */
    readonly extensionDir: string,
    private readonly process: ChildProcess,
    readonly browser: Browser,
    readonly context: BrowserContext,
  ) {}

  static async launch(profileDir = mkdtempSync(join(tmpdir(), 'forankra-profile-'))) {
    const extensionDir = extensionCopyFor(profileDir);
    const args = [
      ...FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--user-data-dir=${profileDir}`,
      'about:blank',
    ];
    const child = spawn(CHROMIUM, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    const endpoint = await new Promise<string>((resolveEndpoint, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${seen}`)), 30_000);
      child.stderr?.on('data', (chunk: Buffer) => {
        // Only the start matters (the DevTools line, or why it failed): keep memory bounded.
        if (seen.length < 64_000) seen += chunk.toString();
        const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
        if (match?.[1]) {
          clearTimeout(timer);
          resolveEndpoint(match[1]);
        }
      });
      child.on('exit', (code) => reject(new Error(`Chromium exited (${String(code)}):\n${seen}`)));
    });
    const browser = await chromium.connectOverCDP(endpoint);
    const context = browser.contexts()[0];
    if (!context) throw new Error('Chromium has no default context.');
    return new ExtensionBrowser(profileDir, extensionDir, child, browser, context);
  }

  /** Opens an extension page (`sidepanel.html`, `planner.html`) in a tab of the given width. */
  async open(page: 'sidepanel' | 'planner', hash = '', width = page === 'sidepanel' ? 360 : 1280) {
    const tab = await this.context.newPage();
    await tab.setViewportSize({ width, height: 800 });
    await tab.goto(`chrome-extension://${EXTENSION_ID}/${page}.html${hash}`);
    return tab;
  }

  /** The extension's service worker (waits for it to start). */
  async worker(): Promise<Worker> {
    const ours = (url: string) => url.startsWith(`chrome-extension://${EXTENSION_ID}/`);
    return (
      this.context.serviceWorkers().find((w) => ours(w.url())) ??
      (await this.context.waitForEvent('serviceworker', {
        predicate: (w) => ours(w.url()),
        timeout: 15_000,
      }))
    );
  }

  /** Ends Chromium the way a crash does: no unload, no flush. */
  kill(): Promise<void> {
    return new Promise((done) => {
      if (this.process.exitCode !== null || this.process.signalCode !== null) return done();
      this.process.once('exit', () => done());
      if (this.process.pid) process.kill(-this.process.pid, 'SIGKILL');
    });
  }

  /**
   * Closes Chromium normally (as the user quitting it would), keeping the profile. Over a CDP
   * connection `browser.close()` only disconnects and leaves Chromium running, so this asks
   * Chromium itself to quit (CDP `Browser.close`) and waits for it to exit. Resolves `true` on a
   * clean exit, `false` if it had to be killed after 10 s.
   */
  async close(): Promise<boolean> {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return true;
    const exited = new Promise<boolean>((done) => {
      const timer = setTimeout(() => void this.kill().then(() => done(false)), 10_000);
      this.process.once('exit', () => {
        clearTimeout(timer);
        done(true);
      });
    });
    try {
      const session = await this.browser.newBrowserCDPSession();
      // The reply may never come: the connection drops as Chromium quits.
      void session.send('Browser.close').catch(() => undefined);
    } catch {
      // Already disconnected: the timer above ends it.
    }
    const clean = await exited;
    await this.browser.close().catch(() => undefined);
    return clean;
  }

  /** Removes the profile and its copy of the build. */
  removeProfile(): void {
    rmSync(this.profileDir, { recursive: true, force: true });
    rmSync(this.extensionDir, { recursive: true, force: true });
  }
}

export type { Page };

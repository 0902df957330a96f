import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** The id the manifest key gives the unpacked extension. */
export const EXTENSION_ID = 'foojdolkcogbfjnlbaiojemoklakpcfg';
export const EXTENSION_DIR = resolve('.output/chrome-mv3');
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
  `--disable-extensions-except=${EXTENSION_DIR}`,
  `--load-extension=${EXTENSION_DIR}`,
];

/**
 * A Chromium we start ourselves (not through Playwright's launcher) so that a test can kill
 * it with SIGKILL, as a crash or power cut would, and then start it again on the same profile.
 */
export class ExtensionBrowser {
  private constructor(
    readonly profileDir: string,
    private readonly process: ChildProcess,
    readonly browser: Browser,
    readonly context: BrowserContext,
  ) {}

  static async launch(profileDir = mkdtempSync(join(tmpdir(), 'forankra-profile-'))) {
    const child = spawn(CHROMIUM, [...FLAGS, `--user-data-dir=${profileDir}`, 'about:blank'], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const endpoint = await new Promise<string>((resolveEndpoint, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${seen}`)), 30_000);
      child.stderr?.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
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
    return new ExtensionBrowser(profileDir, child, browser, context);
  }

  /** Opens an extension page (`sidepanel.html`, `planner.html`) in a tab of the given width. */
  async open(page: 'sidepanel' | 'planner', hash = '', width = page === 'sidepanel' ? 360 : 1280) {
    const tab = await this.context.newPage();
    await tab.setViewportSize({ width, height: 800 });
    await tab.goto(`chrome-extension://${EXTENSION_ID}/${page}.html${hash}`);
    return tab;
  }

  /** Ends Chromium the way a crash does: no unload, no flush. */
  kill(): Promise<void> {
    return new Promise((done) => {
      if (this.process.exitCode !== null) return done();
      this.process.once('exit', () => done());
      if (this.process.pid) process.kill(-this.process.pid, 'SIGKILL');
    });
  }

  /** Closes Chromium normally, keeping the profile. */
  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await new Promise<void>((done) => {
      if (this.process.exitCode !== null) return done();
      const timer = setTimeout(() => void this.kill().then(done), 10_000);
      this.process.once('exit', () => {
        clearTimeout(timer);
        done();
      });
    });
  }

  removeProfile(): void {
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}

export type { Page };

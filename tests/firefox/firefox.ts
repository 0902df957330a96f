import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Firefox driven over Marionette, its own remote protocol (length-prefixed JSON over TCP), with
// nothing downloaded: Debian's firefox-esr and this file. WebDriver BiDi refuses to navigate to
// moz-extension:// pages; Marionette's chrome context can open them in a tab.

/** The Firefox build under test (`npm run build:firefox`), or another one named. */
export const FIREFOX_EXTENSION_DIR = resolve(
  process.env.FORANKRA_FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2',
);
export const GECKO_ID = 'forankra@forankra.app';
/** The internal id the profile gives the add-on, so that its pages have a known address. */
export const EXTENSION_UUID = '5f0c1e2a-6b7d-4c8e-9f00-112233445566';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** The Firefox to run: FIREFOX_PATH, or Debian's firefox-esr, or null when there is none. */
export function findFirefox(): string | null {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((path): path is string => !!path && existsSync(path)) ?? null;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

type Reply = { ok: true; value: unknown } | { ok: false; error: string };

/** One Marionette connection: commands and their replies, matched by id. */
class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 0;
  private readonly pending = new Map<number, (reply: Reply) => void>();

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.read(chunk));
  }

  /** Connects once Firefox listens; resolves after its greeting. */
  static async connect(port: number, within = 30_000): Promise<Marionette> {
    const until = Date.now() + within;
    while (Date.now() < until) {
      const socket = await new Promise<Socket | null>((done) => {
        const s = connect(port, '127.0.0.1', () => done(s));
        s.on('error', () => done(null));
      });
      if (socket) {
        const client = new Marionette(socket);
        await client.greeting;
        return client;
      }
      await sleep(300);
    }
    throw new Error(`Marionette did not listen on port ${String(port)}.`);
  }

  private greeted: () => void = () => undefined;
  private readonly greeting = new Promise<void>((done) => (this.greeted = done));

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const message: unknown = JSON.parse(
        this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'),
      );
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (!Array.isArray(message)) {
        this.greeted();
        continue;
      }
      const [, id, error, result] = message as [number, number, unknown, unknown];
      const settle = this.pending.get(id);
      this.pending.delete(id);
      settle?.(error ? { ok: false, error: JSON.stringify(error) } : { ok: true, value: result });
    }
  }

  /** Sends a command; resolves with its result or rejects with Firefox's error. */
  command(name: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const id = ++this.nextId;
    const body = JSON.stringify([0, id, name, params]);
    return new Promise((done, fail) => {
      this.pending.set(id, (reply) =>
        reply.ok ? done(reply.value) : fail(new Error(`${name}: ${reply.error.slice(0, 500)}`)),
      );
      this.socket.write(`${String(Buffer.byteLength(body))}:${body}`);
    });
  }

  close(): void {
    this.socket.destroy();
  }
}

/**
 * A Firefox profile with Forankra installed from its package (as a store install would leave
 * it, not as a temporary add-on), started headless and restartable.
 */
export class FirefoxProfile {
  private process: ChildProcess | null = null;
  private client: Marionette | null = null;
  readonly dir = mkdtempSync(join(tmpdir(), 'forankra-firefox-'));

  constructor(
    private readonly binary: string,
    extensionDir = FIREFOX_EXTENSION_DIR,
  ) {
    if (!existsSync(join(extensionDir, 'manifest.json')))
      throw new Error(`No build in ${extensionDir}: run \`npm run build:firefox\` first.`);
    mkdirSync(join(this.dir, 'extensions'));
    execFileSync('zip', ['-q', '-r', join(this.dir, 'extensions', `${GECKO_ID}.xpi`), '.'], {
      cwd: extensionDir,
    });
  }

  /** Starts Firefox on the profile and opens a Marionette session. */
  async start(): Promise<void> {
    const port = 28_000 + Math.floor(Math.random() * 2000);
    writeFileSync(
      join(this.dir, 'user.js'),
      [
        `user_pref("marionette.port", ${String(port)});`,
        `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }))});`,
        // An unsigned package in the profile: ESR honours these, release builds do not.
        'user_pref("xpinstall.signatures.required", false);',
        'user_pref("extensions.autoDisableScopes", 0);',
        'user_pref("extensions.enabledScopes", 15);',
        // Notifications through Firefox's own alert window: headless has no desktop service.
        'user_pref("alerts.useSystemBackend", false);',
        'user_pref("browser.shell.checkDefaultBrowser", false);',
        'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
      ].join('\n'),
    );
    this.process = spawn(
      this.binary,
      ['--headless', '--marionette', '-remote-allow-system-access', '--profile', this.dir],
      { stdio: 'ignore' },
    );
    this.client = await Marionette.connect(port);
    await this.command('WebDriver:NewSession', { capabilities: {} });
  }

  /** Quits Firefox the way the user would, keeping the profile. */
  async quit(): Promise<void> {
    const child = this.process;
    if (!child) return;
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    await this.command('Marionette:Quit', { flags: ['eAttemptQuit'] }).catch(() => undefined);
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
    this.client?.close();
    this.client = null;
    this.process = null;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  command(name: string, params: Record<string, unknown> = {}): Promise<unknown> {
    if (!this.client) throw new Error('Firefox is not running.');
    return this.client.command(name, params);
  }

  /** Runs a script in the browser's own window (chrome context) and returns its value. */
  async inChrome(script: string, args: unknown[] = []): Promise<unknown> {
    await this.command('Marionette:SetContext', { value: 'chrome' });
    try {
      return (
        (await this.command('WebDriver:ExecuteScript', { script, args })) as { value: unknown }
      ).value;
    } finally {
      await this.command('Marionette:SetContext', { value: 'content' });
    }
  }

  /** Opens an address in a new tab and makes it the one scripts run in. */
  async openTab(url: string, width = 1280, height = 800): Promise<void> {
    // Content cannot navigate to an extension's page; the browser window can.
    await this.inChrome(
      'const tab = gBrowser.addTab(arguments[0], { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); gBrowser.selectedTab = tab; return true;',
      [url],
    );
    const handles = (await this.command('WebDriver:GetWindowHandles')) as string[];
    await this.command('WebDriver:SwitchToWindow', { handle: handles.at(-1), focus: true });
    await this.command('WebDriver:SetWindowRect', { width, height });
  }

  /**
   * Runs an async function body in the current tab's page, with `page` its window (the
   * extension's `browser` API included); resolves with its value through JSON.
   */
  async inPage<T>(body: string): Promise<T> {
    const script = `const done = arguments[arguments.length - 1];
      const page = window.wrappedJSObject ?? window;
      (async () => { ${body} })().then(
        (value) => done(JSON.stringify({ value })),
        (error) => done(JSON.stringify({ error: String(error) })),
      );`;
    const raw = (await this.command('WebDriver:ExecuteAsyncScript', {
      script,
      args: [],
      scriptTimeout: 30_000,
    })) as { value: string };
    const result = JSON.parse(raw.value) as { value?: T; error?: string };
    if (result.error !== undefined) throw new Error(result.error);
    return result.value as T;
  }

  /** Polls `body` in the page until `ok` accepts its value. */
  async waitInPage<T>(body: string, ok: (value: T) => boolean, within = 20_000): Promise<T> {
    const until = Date.now() + within;
    let last: unknown;
    while (Date.now() < until) {
      try {
        const value = await this.inPage<T>(body);
        if (ok(value)) return value;
        last = value;
      } catch (error) {
        last = error;
      }
      await sleep(250);
    }
    throw new Error(`Timed out; last: ${JSON.stringify(last) ?? String(last)}`);
  }

  /** Saves a PNG of the current tab. */
  async screenshot(path: string): Promise<void> {
    const shot = (await this.command('WebDriver:TakeScreenshot', { full: false })) as {
      value: string;
    };
    writeFileSync(path, Buffer.from(shot.value, 'base64'));
  }
}

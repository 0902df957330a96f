// `npm start`: builds the extension, then opens a Chrome, Chromium or Edge found on this
// machine (or the one CHROME_PATH names) with Forankra loaded and a demo plan open in a tab.
// `npm start -- --check` does the same headless and exits once the demo plan has rendered.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const EXTENSION_ID = 'foojdolkcogbfjnlbaiojemoklakpcfg';
const root = resolve(import.meta.dirname, '..');
const extensionDir = join(root, '.output', 'chrome-mv3');
const profileDir = join(root, '.cache', 'browser-profile');
const check = process.argv.includes('--check');

const CANDIDATES: Record<string, string[]> = {
  linux: [
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    `${process.env['PROGRAMFILES'] ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'}\\Microsoft\\Edge\\Application\\msedge.exe`,
    `${process.env['LOCALAPPDATA'] ?? ''}\\Google\\Chrome\\Application\\chrome.exe`,
  ],
};

function findBrowser(): string {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) fail(`CHROME_PATH is set to "${fromEnv}", but no file is there.`);
    return fromEnv;
  }
  const found = (CANDIDATES[process.platform] ?? []).find((path) => existsSync(path));
  if (!found) {
    fail(
      'No Chrome, Chromium or Edge found. Install one, or set CHROME_PATH to its executable, ' +
        'e.g. CHROME_PATH=/usr/bin/chromium npm start',
    );
  }
  return found;
}

function fail(message: string): never {
  console.error(`Forankra: ${message}`);
  process.exit(1);
}

function build(): void {
  console.log('Building the extension…');
  execFileSync(process.execPath, [join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
}

async function main(): Promise<void> {
  const browserPath = findBrowser();
  build();
  mkdirSync(profileDir, { recursive: true });
  const url = `chrome-extension://${EXTENSION_ID}/planner.html#/demo`;
  const args = [
    `--user-data-dir=${profileDir}`,
    `--load-extension=${extensionDir}`,
    `--disable-extensions-except=${extensionDir}`,
    // Branded Chrome 137+ ignores --load-extension unless this feature is switched off.
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    '--no-first-run',
    '--no-default-browser-check',
  ];
  if (!check) {
    if (
      process.platform === 'linux' &&
      !process.env['DISPLAY'] &&
      !process.env['WAYLAND_DISPLAY']
    ) {
      fail('No display to open a browser on. Run `npm start -- --check` to test headless.');
    }
    console.log(`Opening ${browserPath} with Forankra and a demo plan…`);
    spawn(browserPath, [...args, url], { stdio: 'ignore', detached: true }).unref();
    return;
  }
  await checkHeadless(browserPath, args, url);
}

async function checkHeadless(browserPath: string, args: string[], url: string): Promise<void> {
  const { chromium } = await import('playwright-core');
  const child = spawn(
    browserPath,
    [
      ...args,
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-port=0',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  try {
    const endpoint = await new Promise<string>((done, reject) => {
      let seen = '';
      child.stderr?.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
        if (match?.[1]) done(match[1]);
      });
      child.on('exit', () => reject(new Error(`The browser exited:\n${seen}`)));
    });
    const browser = await chromium.connectOverCDP(endpoint);
    const page = await browser.contexts()[0]!.newPage();
    await page.goto(url);
    const title = page.locator('.plan-header__title');
    await title.waitFor({ timeout: 20_000 });
    console.log(`Forankra opened the plan "${await title.innerText()}" in ${browserPath}.`);
    await browser.close();
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));

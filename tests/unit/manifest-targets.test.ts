import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import config from '../../wxt.config';
import { LOCALES } from '@/lib/i18n/locales';

// The manifest as wxt.config.ts writes it for each browser (WXT adds the entrypoints' parts:
// background, side panel or sidebar): what each browser needs and rejects.

type Manifest = Record<string, unknown>;

function manifestFor(browser: 'chrome' | 'firefox'): Manifest {
  const make = config.manifest;
  if (typeof make !== 'function') throw new Error('wxt.config.ts gives the manifest as a function');
  return make({
    browser,
    manifestVersion: browser === 'firefox' ? 2 : 3,
    mode: 'production',
    command: 'build',
  }) as Manifest;
}

function messages(locale: string): Record<string, { message: string }> {
  return JSON.parse(
    readFileSync(join('public', '_locales', locale, 'messages.json'), 'utf8'),
  ) as Record<string, { message: string }>;
}

describe.each(['chrome', 'firefox'] as const)('the %s manifest', (browser) => {
  it('names only messages that every language has', () => {
    const text = JSON.stringify(manifestFor(browser));
    const keys = [...text.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(keys).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    for (const locale of LOCALES)
      for (const key of keys)
        expect(messages(locale)[key]?.message, `${locale}: ${key}`).toBeTruthy();
  });

  it('gives Alt+Shift+F a description in the browser’s language', () => {
    const commands = manifestFor(browser).commands as Record<
      string,
      { suggested_key: { default: string }; description: string }
    >;
    const name = browser === 'firefox' ? '_execute_sidebar_action' : 'open-side-panel';
    expect(commands[name]?.suggested_key.default).toBe('Alt+Shift+F');
    expect(commands[name]?.description).toMatch(/^__MSG_\w+__$/);
    const key = /^__MSG_(\w+)__$/.exec(commands[name]!.description)![1]!;
    const texts = LOCALES.map((locale) => messages(locale)[key]?.message);
    // Written in each language, not English copied.
    expect(new Set(texts).size).toBe(LOCALES.length);
  });

  it('has a toolbar icon', () => {
    expect(manifestFor(browser).action).toMatchObject({
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' },
    });
  });
});

describe('the Firefox manifest', () => {
  const manifest = manifestFor('firefox');

  it('declares the sidebar’s shortcut and an add-on id, and nothing Firefox rejects', () => {
    expect(manifest.browser_specific_settings).toEqual({
      gecko: { id: 'forankra@forankra.app', strict_min_version: '115.0' },
    });
    expect(manifest.permissions).not.toContain('sidePanel');
    // Firefox reads managed storage from enterprise policies, not from a schema file.
    expect(manifest.storage).toBeUndefined();
    expect(manifest.key).toBeUndefined();
    // Manifest version 2 takes the policy as one string.
    expect(typeof manifest.content_security_policy).toBe('string');
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, migrateSettingsToV2, parseSettings } from '@/lib/browser/storage-items';
import { isMemberColour } from '@/lib/sync/connection-settings';

describe('settings', () => {
  it('start with no relay, no STUN/TURN server and a colour of their own', () => {
    expect(defaultSettings(() => 0.3)).toEqual({
      displayName: '',
      language: 'auto',
      colour: 'orange',
      csvDialect: 'excel-nordic',
      relays: [],
      iceServers: [],
    });
  });

  it('keep only well-formed fields of whatever storage held', () => {
    expect(
      parseSettings(
        {
          displayName: 'Kari',
          language: 'xx',
          colour: 'gold',
          relays: ['wss://relay.example', 'ftp://no.example'],
          iceServers: [{ urls: 'turn:t.example' }],
        },
        () => 0,
      ),
    ).toEqual({
      displayName: 'Kari',
      language: 'auto',
      colour: 'blue',
      csvDialect: 'excel-nordic',
      relays: ['wss://relay.example'],
      iceServers: [],
    });
  });

  it('of version 1 keep name and language and gain a colour, no relay and no server', () => {
    expect(migrateSettingsToV2({ displayName: 'Mette', language: 'da' }, () => 0.9)).toEqual({
      displayName: 'Mette',
      language: 'da',
      colour: 'slate',
      csvDialect: 'excel-nordic',
      relays: [],
      iceServers: [],
    });
  });
});

describe('the CSV dialect setting', () => {
  it('keeps a known dialect and reads anything else, or none, as Excel (Nordic)', () => {
    expect(parseSettings({ csvDialect: 'standard' }, () => 0).csvDialect).toBe('standard');
    expect(parseSettings({ csvDialect: 'tsv' }, () => 0).csvDialect).toBe('excel-nordic');
    expect(parseSettings({ displayName: 'Kari' }, () => 0).csvDialect).toBe('excel-nordic');
  });
});

describe('the settings item in extension storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('migrates stored version-1 settings when the extension loads', async () => {
    await fakeBrowser.storage.local.set({ settings: { displayName: 'Sven', language: 'sv' } });
    const { settingsItem } = await import('@/lib/browser/storage-items');
    const settings = await settingsItem.getValue();
    expect(settings).toMatchObject({
      displayName: 'Sven',
      language: 'sv',
      relays: [],
      iceServers: [],
    });
    expect(isMemberColour(settings.colour)).toBe(true);
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 2 } });
    // The colour is stored, not picked again on the next read.
    expect((await settingsItem.getValue()).colour).toBe(settings.colour);
  });

  it('stores settings with a random colour on first use', async () => {
    const { settingsItem } = await import('@/lib/browser/storage-items');
    const first = await settingsItem.getValue();
    expect(first.relays).toEqual([]);
    const stored = await fakeBrowser.storage.local.get('settings');
    expect(stored.settings).toEqual(first);
  });
});

import 'fake-indexeddb/auto';
import type { AppServices } from '@/lib/browser/app-services';
import { defaultSettings, type Settings } from '@/lib/browser/storage-items';
import { PlanDirectory } from '@/lib/sync/plan-directory';
import { memoryPlanIndexStore } from '@/lib/sync/plan-index';
import { memoryShareStore, ShareBook } from '@/lib/sync/share-record';

/** Settings as a test's member has them: named Kari, in English, teal, no relay. */
export function testSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    ...defaultSettings(),
    displayName: 'Kari',
    language: 'en',
    colour: 'teal',
    ...overrides,
  };
}

/** Services over memory and fake IndexedDB, as an extension page would have them. */
export function fakeServices(overrides: Partial<AppServices> = {}): AppServices {
  let settings: Settings = testSettings();
  let lastPlan = '';
  // Extension storage tells every page of a change, the writing page included.
  const watchers = new Set<(settings: Settings) => void>();
  const now = () => Date.UTC(2027, 2, 17, 9, 0);
  return {
    surface: 'tab',
    directory: new PlanDirectory({
      store: memoryPlanIndexStore(),
      actor: () => settings.displayName,
      now,
    }),
    shares: new ShareBook(memoryShareStore()),
    loadSettings: () => Promise.resolve(settings),
    saveSettings: (next) => {
      settings = next;
      for (const watcher of watchers) watcher(next);
      return Promise.resolve();
    },
    watchSettings: (callback) => {
      watchers.add(callback);
      return () => watchers.delete(callback);
    },
    lastPlan: {
      get: () => Promise.resolve(lastPlan),
      set: (id) => {
        lastPlan = id;
        return Promise.resolve();
      },
    },
    browserLanguage: 'en-GB',
    now,
    ...overrides,
  };
}

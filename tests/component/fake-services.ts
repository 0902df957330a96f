import 'fake-indexeddb/auto';
import type { AppServices } from '@/lib/browser/app-services';
import type { Settings } from '@/lib/browser/storage-items';
import { PlanDirectory } from '@/lib/sync/plan-directory';
import { memoryPlanIndexStore } from '@/lib/sync/plan-index';

/** Services over memory and fake IndexedDB, as an extension page would have them. */
export function fakeServices(overrides: Partial<AppServices> = {}): AppServices {
  let settings: Settings = { displayName: 'Kari', language: 'en' };
  let lastPlan = '';
  const now = () => Date.UTC(2027, 2, 17, 9, 0);
  return {
    surface: 'tab',
    directory: new PlanDirectory({
      store: memoryPlanIndexStore(),
      actor: () => settings.displayName,
      now,
    }),
    loadSettings: () => Promise.resolve(settings),
    saveSettings: (next) => {
      settings = next;
      return Promise.resolve();
    },
    watchSettings: () => () => undefined,
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

import { browser } from 'wxt/browser';
import { isMemberColour } from '../sync/connection-settings';
import { PlanDirectory } from '../sync/plan-directory';
import { ShareBook } from '../sync/share-record';
import { applyManagedPolicy, ownSettings, type ManagedPolicy } from './managed-policy';
import { readManagedPolicy, startingPolicy, watchManagedPolicy } from './managed-storage';
import { clipRowValues, parseClip, type Clip, type ClipKind } from '../clip/clip';
import type { SheetInfo } from '../model/schema';
import { readStoredPlan } from '../sync/plan-reader';
import { parseReminderSettings, type ReminderSettings } from '../reminders/settings';
import { storedPlanPeople } from './reminders';
import { parsePanelPlaces, rememberPanelPlace, type PanelPlace } from './panel-places';
import type { Settings } from './storage-items';
import {
  extensionPlanIndexStore,
  extensionShareStore,
  lastManagedPolicyItem,
  lastPlanItem,
  panelPlacesItem,
  pendingClipItem,
  remindersItem,
  parseSettings,
  settingsItem,
} from './storage-items';

/** What the views need from the browser, wired by each entrypoint (and by tests with fakes). */
export interface AppServices {
  surface: 'panel' | 'tab';
  directory: PlanDirectory;
  /** How each plan is shared from this browser. */
  shares: ShareBook;
  /** The settings in effect: the member's own, with the organisation's managed values over them. */
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  watchSettings(callback: (settings: Settings) => void): () => void;
  /** What the organisation presets (managed storage); absent where nothing can be managed. */
  loadManagedPolicy?: () => Promise<ManagedPolicy>;
  /**
   * The settings and policy to show a page with at once: as the two above, except that while
   * the browser's managed storage does not answer yet (just after it starts), the policy read
   * last time stands in; `fresh` then gives the settings under the fresh policy if it differs.
   */
  loadStartingSettings?: () => Promise<StartingSettings>;
  lastPlan: { get(): Promise<string>; set(planId: string): Promise<void> };
  /** Text clipped with "Add to plan", waiting for the panel's form; absent outside the panel. */
  clips?: {
    /** Calls back with the waiting clip now and whenever it changes (null: none). */
    watch(callback: (clip: Clip | null) => void): () => void;
    clear(): Promise<void>;
    /** The sheets of a stored plan, to choose where the clip goes. */
    sheets(planId: string): Promise<SheetInfo[]>;
    /** Adds the clip as a new row at the end of a sheet. */
    add(planId: string, sheetId: string, clip: Clip, kind: ClipKind): Promise<void>;
  };
  /** The member's reminder settings, and the names "I am …" offers in a plan. */
  reminders?: {
    get(): Promise<ReminderSettings>;
    set(next: ReminderSettings): Promise<void>;
    people(planId: string, locale: string): Promise<string[]>;
  };
  /** The sheet and scroll the side panel showed last in a plan; absent where it is not remembered. */
  panelPlace?: {
    get(planId: string): Promise<PanelPlace | undefined>;
    set(planId: string, place: PanelPlace): Promise<void>;
  };
  /** Opens a plan (or its leadership report) in a full browser tab; absent where the view already is one. */
  openInTab?: (planId: string, page?: 'plan' | 'report' | 'dashboard') => void;
  browserLanguage: string;
  now(): number;
}

export interface StartingSettings {
  settings: Settings;
  policy: ManagedPolicy;
  /** Settles once managed storage has answered: what to show then, or null if nothing changed. */
  fresh: Promise<{ settings: Settings; policy: ManagedPolicy } | null>;
}

/** The services of an extension page: extension storage, IndexedDB, and the browser's tabs. */
export function makeBrowserServices(surface: 'panel' | 'tab'): AppServices {
  let displayName = '';
  // The member's own settings as stored, and the policy laid over them when they are read.
  let own: Settings | null = null;
  let policy: ManagedPolicy = {};
  let freshPolicy = false;
  let policyRead: Promise<ManagedPolicy> | null = null;
  const currentPolicy = () =>
    (policyRead ??= readManagedPolicy().then((read) => {
      policy = read;
      freshPolicy = true;
      return read;
    }));
  const readOwnSettings = async () => {
    const stored: unknown = await settingsItem.getValue();
    const settings = parseSettings(stored);
    own = settings;
    displayName = settings.displayName;
    // A colour picked now (stored settings without a valid one) is kept, not re-picked per read.
    const storedColour = typeof stored === 'object' && stored !== null && 'colour' in stored;
    if (!storedColour || !isMemberColour(stored.colour)) await settingsItem.setValue(settings);
    return settings;
  };
  const services: AppServices = {
    surface,
    directory: new PlanDirectory({ store: extensionPlanIndexStore, actor: () => displayName }),
    shares: new ShareBook(extensionShareStore),
    async loadSettings() {
      const settings = await readOwnSettings();
      return applyManagedPolicy(settings, await currentPolicy());
    },
    async loadStartingSettings() {
      const fresh = currentPolicy();
      const stored: Promise<unknown> = lastManagedPolicyItem.getValue();
      const [settings, used] = await Promise.all([
        readOwnSettings(),
        startingPolicy(fresh, () => stored),
      ]);
      // Kept for the next start, written only when it changed (not at every page opening).
      void Promise.all([fresh, stored.catch(() => null)]).then(([read, before]) => {
        if (JSON.stringify(read) !== JSON.stringify(before))
          void lastManagedPolicyItem.setValue(read);
      });
      if (!freshPolicy) policy = used;
      // The stand-in may have been used even if the fresh read is in by now: compare, always.
      const later = fresh.then((read) =>
        JSON.stringify(read) === JSON.stringify(used) || !own
          ? null
          : { settings: applyManagedPolicy(own, read), policy: read },
      );
      return { settings: applyManagedPolicy(settings, used), policy: used, fresh: later };
    },
    async saveSettings(settings) {
      displayName = settings.displayName;
      own = ownSettings(settings, own ?? settings, policy);
      await settingsItem.setValue(own);
    },
    watchSettings(callback) {
      const unwatchSettings = settingsItem.watch((value) => {
        const settings = parseSettings(value);
        own = settings;
        displayName = settings.displayName;
        callback(applyManagedPolicy(settings, policy));
      });
      const unwatchPolicy = watchManagedPolicy(() => {
        policyRead = null;
        void currentPolicy().then((read) => {
          if (own) callback(applyManagedPolicy(own, read));
        });
      });
      return () => {
        unwatchSettings();
        unwatchPolicy();
      };
    },
    loadManagedPolicy: currentPolicy,
    reminders: {
      get: async () => parseReminderSettings(await remindersItem.getValue()),
      set: (next) => remindersItem.setValue(next),
      people: storedPlanPeople,
    },
    lastPlan: { get: () => lastPlanItem.getValue(), set: (id) => lastPlanItem.setValue(id) },
    browserLanguage: browser.i18n?.getUILanguage?.() ?? navigator.language,
    now: () => Date.now(),
  };
  if (surface === 'panel') {
    services.clips = {
      watch(callback) {
        const emit = (raw: unknown) => callback(parseClip(raw, Date.now()));
        void pendingClipItem.getValue().then(emit);
        return pendingClipItem.watch(emit);
      },
      clear: () => pendingClipItem.setValue(null),
      sheets: (planId) => readStoredPlan(planId, (model) => model.sheets()),
      async add(planId, sheetId, clip, kind) {
        const session = await services.directory.open(planId);
        try {
          const values = clipRowValues(session.model.columns(sheetId), clip, kind);
          session.model.insertRow(sheetId, undefined, values);
        } finally {
          await session.close();
        }
      },
    };
    services.panelPlace = {
      get: async (planId) => parsePanelPlaces(await panelPlacesItem.getValue())[planId],
      set: async (planId, place) => {
        const places = parsePanelPlaces(await panelPlacesItem.getValue());
        await panelPlacesItem.setValue(rememberPanelPlace(places, planId, place));
      },
    };
    services.openInTab = (planId, page = 'plan') =>
      void browser.tabs.create({
        url: `${browser.runtime.getURL('/planner.html')}#/${page}/${planId}`,
      });
  }
  return services;
}

/** Asks the browser not to evict the plans under storage pressure; plans exist nowhere else. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

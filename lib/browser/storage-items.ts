import { storage } from 'wxt/utils/storage';
import { isCsvDialectId, type CsvDialectId } from '../csv/dialect';
import { isLocale, type Locale } from '../i18n/locales';
import {
  isMemberColour,
  parseNetworkSettings,
  randomMemberColour,
  type MemberColour,
  type NetworkSettings,
} from '../sync/connection-settings';
import type { PlanIndexStore } from '../sync/plan-index';
import type { ShareStore } from '../sync/share-record';

// Every item Forankra keeps in extension storage, declared in one place.

export interface Settings extends NetworkSettings {
  displayName: string;
  /** `auto` follows the browser's language. */
  language: Locale | 'auto';
  /** This member's colour in the others' presence. */
  colour: MemberColour;
  /** The CSV dialect this member exported in last, offered first next time. */
  csvDialect: CsvDialectId;
}

/**
 * Settings for a browser that has none: a random colour, and no relay and no STUN/TURN server,
 * so that no server is contacted until the user (or their IT department) names one.
 */
export function defaultSettings(random: () => number = Math.random): Settings {
  return {
    displayName: '',
    language: 'auto',
    colour: randomMemberColour(random),
    csvDialect: 'excel-nordic',
    relays: [],
    iceServers: [],
  };
}

/** Reads stored settings, keeping only well-formed fields (a missing colour is picked at random). */
export function parseSettings(raw: unknown, random: () => number = Math.random): Settings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    displayName: typeof value.displayName === 'string' ? value.displayName.slice(0, 80) : '',
    language: isLocale(value.language) ? value.language : 'auto',
    colour: isMemberColour(value.colour) ? value.colour : randomMemberColour(random),
    // Added after version 2 without a new version: every read parses, so a stored value
    // without it reads as the default, and nothing needs storing at once (unlike the colour).
    csvDialect: isCsvDialectId(value.csvDialect) ? value.csvDialect : 'excel-nordic',
    ...parseNetworkSettings(value),
  };
}

/** Version 1 had a name and a language only: give the member a colour of their own. */
export function migrateSettingsToV2(old: unknown, random: () => number = Math.random): Settings {
  return parseSettings(old, random);
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  // Stored on first use rather than a fixed fallback: the random colour must stay the same.
  init: () => defaultSettings(),
  version: 2,
  migrations: { 2: (old: unknown) => migrateSettingsToV2(old) },
});

export const plansItem = storage.defineItem<unknown>('local:plans', { fallback: {}, version: 1 });

/** How each plan is shared from this browser (room, secret, relays); never inside the plan. */
export const sharesItem = storage.defineItem<unknown>('local:shares', { fallback: {}, version: 1 });

/** The plan each surface showed last, so that the side panel reopens it. */
export const lastPlanItem = storage.defineItem<string>('local:lastPlanId', { fallback: '' });

/** Where the side panel was in each recently used plan: sheet and scroll (see panel-places). */
export const panelPlacesItem = storage.defineItem<unknown>('local:panelPlaces', {
  fallback: {},
  version: 1,
});

/**
 * A stand-in for managed storage that only an unpacked (development) install honours: browser
 * tests cannot set real enterprise policy. A store or policy install ignores it, so a member
 * cannot loosen their organisation's policy through it.
 */
export const managedPolicyForTestsItem = storage.defineItem<unknown>(
  'local:managedPolicyForTests',
  { fallback: null },
);

/**
 * The managed policy as this browser read it last: it stands in while managed storage does not
 * answer yet, just after the browser starts (see `startingPolicy`).
 */
export const lastManagedPolicyItem = storage.defineItem<unknown>('local:lastManagedPolicy', {
  fallback: null,
});

/** Reminders: off until the member turns them on; who they are in each plan (lib/reminders). */
export const remindersItem = storage.defineItem<unknown>('local:reminders', {
  fallback: {},
  version: 1,
});

/** The local day (yyyy-mm-dd) the daily reminder was last shown, so that it shows once a day. */
export const reminderShownDayItem = storage.defineItem<string>('local:reminderShownDay', {
  fallback: '',
});

/** Text clipped with "Add to plan", waiting for the side panel's form (lib/clip). */
export const pendingClipItem = storage.defineItem<unknown>('local:pendingClip', {
  fallback: null,
});

/** The plan list in extension storage, watched across the extension's pages. */
export const extensionPlanIndexStore: PlanIndexStore = {
  read: () => plansItem.getValue(),
  write: (index) => plansItem.setValue(index),
  watch: (callback) => plansItem.watch(() => callback()),
};

/** The share records in extension storage, watched across the extension's pages. */
export const extensionShareStore: ShareStore = {
  read: () => sharesItem.getValue(),
  write: (records) => sharesItem.setValue(records),
  watch: (callback) => sharesItem.watch(() => callback()),
};

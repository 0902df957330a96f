import { storage } from 'wxt/utils/storage';
import { isLocale, type Locale } from '../i18n/locales';
import type { PlanIndexStore } from '../sync/plan-index';

// Every item Forankra keeps in extension storage, declared in one place.

export interface Settings {
  displayName: string;
  /** `auto` follows the browser's language. */
  language: Locale | 'auto';
}

const DEFAULT_SETTINGS: Settings = { displayName: '', language: 'auto' };

/** Reads stored settings, keeping only well-formed fields. */
export function parseSettings(raw: unknown): Settings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    displayName: typeof value.displayName === 'string' ? value.displayName.slice(0, 80) : '',
    language: isLocale(value.language) ? value.language : 'auto',
  };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export const plansItem = storage.defineItem<unknown>('local:plans', { fallback: {}, version: 1 });

/** The plan each surface showed last, so that the side panel reopens it. */
export const lastPlanItem = storage.defineItem<string>('local:lastPlanId', { fallback: '' });

/** The plan list in extension storage, watched across the extension's pages. */
export const extensionPlanIndexStore: PlanIndexStore = {
  read: () => plansItem.getValue(),
  write: (index) => plansItem.setValue(index),
  watch: (callback) => plansItem.watch(() => callback()),
};

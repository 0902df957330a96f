import { createContext, useContext, type Accessor } from 'solid-js';
import type { AppServices } from '@/lib/browser/app-services';
import type { ManagedPolicy } from '@/lib/browser/managed-policy';
import type { Settings } from '@/lib/browser/storage-items';
import type { Locale } from '@/lib/i18n/locales';
import type { Translate } from '@/lib/i18n/translate';

export const ServicesContext = createContext<AppServices>();

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() needs a <ServicesContext.Provider> above it.');
  return services;
}

export interface I18n {
  locale: () => Locale;
  t: Translate;
}

export const I18nContext = createContext<I18n>();

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n() needs an <I18nContext.Provider> above it.');
  return i18n;
}

/** The member's settings for the views that show or change them, and the way to the settings page. */
export interface SettingsState {
  settings: Accessor<Settings>;
  update: (next: Settings) => void;
  openSettings: () => void;
  /** What the organisation presets: those settings are shown as set by it and cannot be changed. */
  managed: Accessor<ManagedPolicy>;
}

export const SettingsContext = createContext<SettingsState>();

export function useSettings(): SettingsState {
  const state = useContext(SettingsContext);
  if (!state) throw new Error('useSettings() needs a <SettingsContext.Provider> above it.');
  return state;
}

export type { AppServices };

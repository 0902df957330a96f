import { createContext, useContext } from 'solid-js';
import type { AppServices } from '@/lib/browser/app-services';
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

export type { AppServices };

import { da } from './da';
import { en, type Dictionary, type MessageKey } from './en';
import type { Locale } from './locales';
import { nb } from './nb';
import { sv } from './sv';

export const DICTIONARIES: Record<Locale, Dictionary> = { nb, da, sv, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A translator for one locale: fills `{name}` placeholders from `params`. */
export function makeTranslator(locale: Locale): Translate {
  const dictionary = DICTIONARIES[locale];
  return (key, params) => {
    const text = dictionary[key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}

export type { MessageKey };

import { da } from './da';
import { en, type Dictionary, type MessageKey } from './en';
import type { Locale } from './locales';
import { nb } from './nb';
import { sv } from './sv';

export const DICTIONARIES: Record<Locale, Dictionary> = { nb, da, sv, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

// `{count, plural, one {# row} other {# rows}}`: the branch the locale's plural rules pick for
// the number, with `#` standing for it. One and other are the only forms nb, da, sv and en have.
const PLURAL = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

/** A translator for one locale: fills `{name}` placeholders and plural forms from `params`. */
export function makeTranslator(locale: Locale): Translate {
  const dictionary = DICTIONARIES[locale];
  const rules = new Intl.PluralRules(locale);
  return (key, params) => {
    const text = dictionary[key];
    if (!params) return text;
    return text
      .replace(PLURAL, (whole, name: string, one: string, other: string) => {
        if (!(name in params)) return whole;
        const value = String(params[name]);
        // A count given already formatted ("10 000") is read without its grouping.
        const form = rules.select(Number(value.replace(/[\s\u00a0\u202f]/g, '')));
        return (form === 'one' ? one : other).replace(/#/g, value);
      })
      .replace(PLACEHOLDER, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      );
  };
}

/** The parameter names a message uses, plain and plural, for checking dictionaries agree. */
export function messageParams(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(PLURAL)) names.add(match[1] ?? '');
  for (const match of text.replace(PLURAL, '').matchAll(PLACEHOLDER)) names.add(match[1] ?? '');
  return [...names].sort();
}

export type { MessageKey };

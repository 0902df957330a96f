import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '@/lib/i18n/locales';

const DIR = join('public', '_locales');

function messages(locale: string): Record<string, { message: string }> {
  return JSON.parse(readFileSync(join(DIR, locale, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;
}

describe('the manifest’s name and description', () => {
  it('are given in each of Forankra’s languages, and only those', () => {
    expect(readdirSync(DIR).sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES)('in %s: the same keys as English, within the stores’ limits', (locale) => {
    const m = messages(locale);
    expect(Object.keys(m).sort()).toEqual(Object.keys(messages('en')).sort());
    expect(m.extName?.message).toBe('Forankra');
    const description = m.extDescription?.message ?? '';
    // Chrome refuses a description over 132 characters.
    expect(description.length).toBeGreaterThan(20);
    expect(description.length).toBeLessThanOrEqual(132);
    if (locale !== 'en') expect(description).not.toBe(messages('en').extDescription?.message);
  });

  it('are what the manifest points at, with English as the default', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    expect(config).toContain("name: '__MSG_extName__'");
    expect(config).toContain("description: '__MSG_extDescription__'");
    expect(config).toContain("default_locale: 'en'");
  });
});

import { formatIsoDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { Translate } from '@/lib/i18n/translate';
import type { SyncFileImport } from '@/lib/sync/sync-file-actions';

/** The sentence telling the user what importing a sync file did, in their language. */
export function syncImportMessage(result: SyncFileImport, t: Translate, locale: Locale): string {
  const file = result.file;
  return t(result.message, {
    title: file?.title ?? '',
    date: file ? formatIsoDate(new Date(file.exportedAt).toISOString().slice(0, 10), locale) : '',
  });
}

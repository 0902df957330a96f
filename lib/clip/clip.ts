import { SHEET_WORDS } from '../domain/sheet-words';
import { LOCALES } from '../i18n/locales';
import type { ColumnInfo } from '../model/schema';

// A clip: text selected on a web page, with the page's title and address, on its way into a
// new row of a plan. Pure: the background stores it, the panel's form fills a row from it.

/** What "Add to plan" took from the page. */
export interface Clip {
  text: string;
  title: string;
  url: string;
  /** When it was clipped (ms); an old clip is not offered again. */
  at: number;
}

/** How the row takes the clip: as an activity (the text in the main column) or as a note. */
export type ClipKind = 'activity' | 'note';

/** A clip older than this is stale (the panel was not opened to take it). */
export const CLIP_FRESH_MS = 10 * 60 * 1000;

const MAX_TEXT = 5000;

/** Reads a stored clip; null when absent, malformed, stale or empty. */
export function parseClip(raw: unknown, now: number): Clip | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Record<string, unknown>;
  if (typeof value.text !== 'string' || typeof value.at !== 'number') return null;
  if (now - value.at > CLIP_FRESH_MS || value.at > now + 60_000) return null;
  const text = value.text.trim().slice(0, MAX_TEXT);
  if (text === '') return null;
  return {
    text,
    title: typeof value.title === 'string' ? value.title.trim().slice(0, 500) : '',
    url: typeof value.url === 'string' ? safeUrl(value.url) : '',
    at: value.at,
  };
}

// Only web addresses go into a plan: a javascript: or data: address would be a trap for
// whoever opens it from the plan later.
function safeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : '';
  } catch {
    return '';
  }
}

/** The source line of a clip: page title and address. */
export function clipSource(clip: Clip): string {
  return [clip.title, clip.url].filter((part) => part !== '').join('\n');
}

function normalise(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}

const NOTES = new Set(
  LOCALES.flatMap((l) => [SHEET_WORDS[l].plan.notes, SHEET_WORDS[l].meetings.notes]).map(normalise),
);

/**
 * The cells of a new row for a clip, keyed by column id. As an activity the text goes into
 * the sheet's first text column and the title and address into its notes column; as a note
 * the text, title and address all go into the notes column and the title names the row. A
 * sheet without a notes column (the first long-text column, else none) gets the source
 * after the text.
 */
export function clipRowValues(
  columns: readonly ColumnInfo[],
  clip: Clip,
  kind: ClipKind,
): Record<string, string> {
  const visible = columns.filter((c) => !c.hidden);
  const main = visible.find((c) => c.type === 'text') ?? visible.find((c) => c.type === 'longText');
  const notes =
    visible.find((c) => c.type === 'longText' && NOTES.has(normalise(c.name))) ??
    visible.find((c) => c.type === 'longText' && c !== main);
  const source = clipSource(clip);
  const values: Record<string, string> = {};
  const only = notes && notes !== main ? null : (main ?? notes);
  if (only) {
    values[only.id] = [clip.text, source].filter((p) => p !== '').join('\n\n');
    return values;
  }
  if (!notes) return values;
  if (kind === 'activity') {
    if (main) values[main.id] = clip.text;
    if (source !== '') values[notes.id] = source;
  } else {
    if (main && clip.title !== '') values[main.id] = clip.title;
    values[notes.id] = [clip.text, source].filter((p) => p !== '').join('\n\n');
  }
  return values;
}

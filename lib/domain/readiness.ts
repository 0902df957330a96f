import type { Locale } from '../i18n/locales';
import type { ColumnInfo, NumberRange } from '../model/schema';
import { fitsRange } from '../model/values';
import {
  cellDate,
  cellRaw,
  cellText,
  findColumn,
  namesFor,
  normaliseName,
  type SheetSource,
} from './sheet-source';

/** A readiness score: 1 (not at all) to 6 (fully), as in seed 004's survey scale. */
export const READINESS_SCORE_RANGE: NumberRange = { min: 1, max: 6, whole: true };

/**
 * What a readiness round asks about: the five factors of seed 001's readiness analysis, then
 * the eight questions of the Quality Implementation Framework's first phase (seed 004).
 */
export const READINESS_ITEMS = [
  'context',
  'structure',
  'leadership',
  'culture',
  'competence',
  'qif1',
  'qif2',
  'qif3',
  'qif4',
  'qif5',
  'qif6',
  'qif7',
  'qif8',
] as const;

export type ReadinessItem = (typeof READINESS_ITEMS)[number];

/** The items as a round's rows name them, in each language; written for Forankra. */
export const READINESS_WORDS: Record<Locale, Record<ReadinessItem, string>> = {
  en: {
    context: 'The broad context',
    structure: 'The organisation’s structure',
    leadership: 'Support from leadership',
    culture: 'The culture among staff',
    competence: 'Staff competence',
    qif1: 'Q1 Why are we doing this: what needs do we have, and can MI help us meet them?',
    qif2: 'Q2 Does MI fit our organisation, our needs and our values?',
    qif3: 'Q3 Is our organisation ready for MI, and ready to change?',
    qif4: 'Q4 Should and can we adapt MI to our organisation?',
    qif5: 'Q5 Does MI have real support from decision-makers, managers and practitioners?',
    qif6: 'Q6 Do we need to strengthen infrastructure or motivation, or raise knowledge first?',
    qif7: 'Q7 Do we know who will carry out the implementation, and how we support them?',
    qif8: 'Q8 Can we offer enough training to those who will carry it out?',
  },
  nb: {
    context: 'Den brede konteksten',
    structure: 'Organisasjonens oppbygning',
    leadership: 'Støtte fra ledelsen',
    culture: 'Kulturen blant de ansatte',
    competence: 'De ansattes kompetanse',
    qif1: 'S1 Hvorfor gjør vi dette: hvilke behov har vi, og kan MI hjelpe oss å møte dem?',
    qif2: 'S2 Passer MI for organisasjonen vår, behovene våre og verdiene våre?',
    qif3: 'S3 Er organisasjonen vår klar for MI, og klar for endring?',
    qif4: 'S4 Bør og kan vi tilpasse MI til organisasjonen vår?',
    qif5: 'S5 Har MI reell støtte hos beslutningstakere, ledere og utøvere?',
    qif6: 'S6 Må vi styrke infrastrukturen eller motivasjonen, eller heve kunnskapen først?',
    qif7: 'S7 Vet vi hvem som skal gjennomføre implementeringen, og hvordan vi støtter dem?',
    qif8: 'S8 Kan vi gi nok opplæring og trening til dem som skal gjennomføre den?',
  },
  da: {
    context: 'Den brede kontekst',
    structure: 'Den organisatoriske opbygning',
    leadership: 'Ledelsesopbakningen',
    culture: 'Kulturen blandt medarbejderne',
    competence: 'Medarbejdernes kompetencer',
    qif1: 'S1 Hvorfor gør vi det: hvilke behov har vi, og kan MI hjælpe os med at møde dem?',
    qif2: 'S2 Passer MI til vores organisation, vores behov og vores værdier?',
    qif3: 'S3 Er vores organisation parat til MI og parat til forandring?',
    qif4: 'S4 Bør og kan vi tilpasse MI til vores organisation?',
    qif5: 'S5 Har MI reel opbakning fra beslutningstagere, ledere og praktikere?',
    qif6: 'S6 Skal vi styrke infrastrukturen eller motivationen eller løfte vidensniveauet først?',
    qif7: 'S7 Ved vi, hvem der skal gennemføre implementeringen, og hvordan vi støtter dem?',
    qif8: 'S8 Kan vi tilbyde nok uddannelse og træning til dem, der skal gennemføre den?',
  },
  sv: {
    context: 'Det breda sammanhanget',
    structure: 'Organisationens uppbyggnad',
    leadership: 'Stöd från ledningen',
    culture: 'Kulturen bland medarbetarna',
    competence: 'Medarbetarnas kompetens',
    qif1: 'F1 Varför gör vi detta: vilka behov har vi, och kan MI hjälpa oss att möta dem?',
    qif2: 'F2 Passar MI vår organisation, våra behov och våra värderingar?',
    qif3: 'F3 Är vår organisation redo för MI, och redo för förändring?',
    qif4: 'F4 Bör och kan vi anpassa MI till vår organisation?',
    qif5: 'F5 Har MI verkligt stöd hos beslutsfattare, chefer och praktiker?',
    qif6: 'F6 Behöver vi stärka infrastrukturen eller motivationen, eller höja kunskapen först?',
    qif7: 'F7 Vet vi vilka som ska genomföra implementeringen, och hur vi stöttar dem?',
    qif8: 'F8 Kan vi erbjuda tillräcklig utbildning och träning till dem som ska genomföra den?',
  },
};

/** One row of the Readiness sheet as the chart reads it. */
export interface ReadinessRow {
  item: string;
  round: string | null;
  /** The score as stored: a number, an invalid value's raw text, or null when empty. */
  score: unknown;
}

/** A round: its date, how many items it scored, and their mean (null when none). */
export interface ReadinessRound {
  date: string;
  scored: number;
  mean: number | null;
}

/** An item (factor or question) with its score in each round, aligned with `rounds`. */
export interface ReadinessItemScores {
  item: string;
  scores: (number | null)[];
}

/** Every round side by side, and what was left out of them. */
export interface ReadinessComparison {
  rounds: ReadinessRound[];
  items: ReadinessItemScores[];
  /** Rows with a score but no round date: they belong to no round. */
  undated: number;
  /** Scores outside 1–6 or not whole: typos kept out of every mean. */
  refused: number;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Compares readiness rounds (a round is a date): rounds oldest first, each item with its
 * score in every round, in the order items first appear. Items match by their text (any case
 * and spacing). An item scored twice in one round gets the mean of both.
 */
export function compareRounds(rows: readonly ReadinessRow[]): ReadinessComparison {
  let undated = 0;
  let refused = 0;
  const labels = new Map<string, string>();
  const byRound = new Map<string, Map<string, number[]>>();
  for (const row of rows) {
    const key = normaliseName(row.item);
    if (key === '' && (row.score === null || row.score === '')) continue;
    if (!labels.has(key)) labels.set(key, row.item.trim());
    if (row.score === null || row.score === '') continue;
    if (typeof row.score !== 'number' || !fitsRange(row.score, READINESS_SCORE_RANGE)) {
      refused++;
      continue;
    }
    if (row.round === null) {
      undated++;
      continue;
    }
    const round = byRound.get(row.round) ?? new Map<string, number[]>();
    const scores = round.get(key) ?? [];
    scores.push(row.score);
    round.set(key, scores);
    byRound.set(row.round, round);
  }
  const dates = [...byRound.keys()].sort();
  const items = [...labels].map(([key, item]) => ({
    item,
    scores: dates.map((date) => mean(byRound.get(date)?.get(key) ?? [])),
  }));
  const rounds = dates.map((date, i) => {
    const scored = items.flatMap((it) => (it.scores[i] == null ? [] : [it.scores[i] ?? 0]));
    return { date, scored: scored.length, mean: mean(scored) };
  });
  // Items never scored in any round (a fresh round being filled in) still show, empty.
  return { rounds, items, undated, refused };
}

/** The comparison cut to its `count` latest rounds, each item's scores cut alike. */
export function latestRounds(comparison: ReadinessComparison, count: number): ReadinessComparison {
  const from = Math.max(0, comparison.rounds.length - count);
  return {
    ...comparison,
    rounds: comparison.rounds.slice(from),
    items: comparison.items.map((i) => ({ ...i, scores: i.scores.slice(from) })),
  };
}

/** The Readiness sheet's rows as `compareRounds` reads them. */
export function readReadinessRows(source: SheetSource, sheetId: string): ReadinessRow[] {
  const { item, round, score } = findReadinessColumns(source.columns(sheetId));
  const empty = { state: 'empty' } as const;
  return source.rowIds(sheetId).map((rowId) => ({
    item: cellText(item ? source.cell(sheetId, rowId, item) : empty),
    round: cellDate(round ? source.cell(sheetId, rowId, round) : empty),
    score: cellRaw(score ? source.cell(sheetId, rowId, score) : empty),
  }));
}

/**
 * The items that start a new round: those the sheet already asks about (a group keeps
 * the factors and questions it chose), or the thirteen standard items in `locale` when the
 * sheet has none.
 */
export function newRoundItems(comparison: ReadinessComparison, locale: Locale): string[] {
  const items = comparison.items.map((i) => i.item).filter((i) => i !== '');
  return items.length > 0 ? items : READINESS_ITEMS.map((key) => READINESS_WORDS[locale][key]);
}

/** The Readiness sheet's item and round columns, to write a new round into. */
export function readinessColumns(
  source: Pick<SheetSource, 'columns'>,
  sheetId: string,
): { item: string; round: string } | null {
  const { item, round } = findReadinessColumns(source.columns(sheetId));
  return item && round ? { item: item.id, round: round.id } : null;
}

const READINESS_NAMES = {
  item: namesFor((w) => w.readiness.factor),
  round: namesFor((w) => w.readiness.round),
  score: namesFor((w) => w.readiness.score),
};

/** The Readiness sheet's item, round and score columns, by their template names or types. */
export function findReadinessColumns(columns: readonly ColumnInfo[]): {
  item: ColumnInfo | undefined;
  round: ColumnInfo | undefined;
  score: ColumnInfo | undefined;
} {
  return {
    item: findColumn(columns, READINESS_NAMES.item, ['text', 'longText']),
    round: findColumn(columns, READINESS_NAMES.round, ['date']),
    score: findColumn(columns, READINESS_NAMES.score, ['number']),
  };
}

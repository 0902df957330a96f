import type { Locale } from '../i18n/locales';
import { makeTranslator } from '../i18n/translate';
import type { PlanSpec, SheetKind } from '../model/schema';
import { SHEET_WORDS } from './sheet-words';
import { buildTemplatePlan } from './templates';
import { addDays, addMonths } from './templates/schedule';

type Row = Readonly<Record<number, unknown>>;

/** Rewrites a sheet's rows through `change`, which reads and writes cells by column name. */
function updateRows(
  spec: PlanSpec,
  kind: SheetKind,
  change: (get: (column: string) => unknown, index: number) => Record<string, unknown>,
): void {
  const sheet = spec.sheets.find((s) => s.kind === kind);
  if (!sheet?.rows) return;
  const at = (column: string) => sheet.columns.findIndex((c) => c.name === column);
  sheet.rows = sheet.rows.map((row: Row, i) => {
    const next: Record<number, unknown> = { ...row };
    for (const [column, value] of Object.entries(change((c) => row[at(c)], i))) {
      if (at(column) >= 0) next[at(column)] = value;
    }
    return next;
  });
}

/**
 * A plan for trying Forankra out: the four-phase model begun four months and a week before `today`, with
 * what was due long ago done, what was due lately still open (late), and a few named people, so
 * that every view has something to show.
 */
export function demoPlanSpec(locale: Locale, today: Date): PlanSpec {
  const t = makeTranslator(locale);
  const w = SHEET_WORDS[locale];
  const now = today.toISOString().slice(0, 10);
  const spec = buildTemplatePlan(
    'four-phase',
    locale,
    // A week past the second course module: it is late, choosing resource persons under way.
    addDays(addMonths(now, -4), -7),
    t('demoTitle'),
    t('demoOrganisation'),
  );
  updateRows(spec, 'plan', (get) => {
    const start = String(get(w.plan.start));
    const due = String(get(w.plan.due));
    if (due < addDays(now, -10)) return { [w.plan.status]: 'done', [w.plan.progress]: 100 };
    if (due < now) return { [w.plan.status]: 'inProgress', [w.plan.progress]: 60 };
    if (start <= now) return { [w.plan.status]: 'inProgress', [w.plan.progress]: 30 };
    return {};
  });
  const names = ['Kari Nordmann', 'Ola Hansen', 'Ingrid Berg'];
  updateRows(spec, 'people', (_, i) =>
    i < names.length
      ? { [w.people.name]: names[i], [w.people.trained]: i === 2 ? addDays(now, -100) : '' }
      : {},
  );
  return { ...spec, template: 'demo' };
}

import { createMemo, createSignal, Show } from 'solid-js';
import {
  compareRounds,
  latestRounds,
  newRoundItems,
  readinessColumns,
  readReadinessRows,
} from '@/lib/domain/readiness';
import { formatIsoDate } from '@/lib/i18n/format';
import { isLocale } from '@/lib/i18n/locales';
import type { PlanView } from '@/lib/reactive/create-plan-view';
import { useI18n, useServices } from '../app/services';
import { ReadinessChart } from './ReadinessChart';
import './readiness.css';

// More rounds than this crowd each factor's group of bars; the older ones stay in the sheet.
const ROUNDS_SHOWN = 4;

/** Beside the Readiness sheet: the rounds compared, and a way to start the next round. */
export function ReadinessPanel(props: { view: PlanView; sheetId: string; readOnly: boolean }) {
  const { t, locale } = useI18n();
  const services = useServices();
  const comparison = createMemo(() => compareRounds(readReadinessRows(props.view, props.sheetId)));
  const shown = createMemo(() => latestRounds(comparison(), ROUNDS_SHOWN));
  const [roundDate, setRoundDate] = createSignal(localIsoDate(new Date(services.now())));
  const [started, setStarted] = createSignal<string | null>(null);

  const startRound = (event: SubmitEvent) => {
    event.preventDefault();
    const columns = readinessColumns(props.view, props.sheetId);
    const date = roundDate();
    if (props.readOnly || !columns || !/^\d{4}-\d\d-\d\d$/.test(date)) return;
    // A group that made its plan in Danish gets its standard items in Danish.
    const planLocale = props.view.meta().locale;
    const items = newRoundItems(comparison(), isLocale(planLocale) ? planLocale : locale());
    props.view.model.appendRowValues(
      props.sheetId,
      items.map((item) => ({ [columns.item]: item, [columns.round]: date })),
    );
    setStarted(
      t('readinessRoundStarted', { date: formatIsoDate(date, locale()), count: items.length }),
    );
  };

  return (
    <div class="readiness-panel">
      <h2 class="sheet-side__title">{t('readinessTitle')}</h2>
      <p class="sheet-side__note">{t('readinessScale')}</p>
      <Show when={shown().rounds.length > 0} fallback={<p class="muted">{t('readinessNone')}</p>}>
        <ReadinessChart comparison={shown()} />
      </Show>
      <Show when={comparison().rounds.length > ROUNDS_SHOWN}>
        <p class="sheet-side__note">
          {t('readinessShowingLatest', {
            shown: ROUNDS_SHOWN,
            count: comparison().rounds.length,
          })}
        </p>
      </Show>
      <Show when={comparison().undated > 0}>
        <p class="sheet-side__note">{t('readinessUndated', { count: comparison().undated })}</p>
      </Show>
      <Show when={comparison().refused > 0}>
        <p class="sheet-side__note">{t('readinessRefused', { count: comparison().refused })}</p>
      </Show>
      <form class="readiness-new" onSubmit={startRound}>
        <label class="sheet-side__field">
          <span>{t('readinessRoundDate')}</span>
          <input
            type="date"
            value={roundDate()}
            required
            onInput={(e) => setRoundDate(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button button--small" disabled={props.readOnly}>
          {t('readinessNewRound')}
        </button>
      </form>
      <Show when={started()}>
        {(message) => (
          <p class="sheet-side__note" role="status">
            {message()}
          </p>
        )}
      </Show>
    </div>
  );
}

function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

import { createMemo, createSignal, For, Show } from 'solid-js';
import { MARKED_SCORES } from '@/lib/domain/coding-overview';
import {
  latestCoding,
  practitionerTrend,
  readCodings,
  type Coding,
} from '@/lib/domain/coding-sheet';
import {
  MITI_COLUMN_NAMES,
  MITI_SUMMARIES,
  MITI_THRESHOLDS,
  type MitiScore,
  type MitiSummaryKey,
} from '@/lib/domain/miti';
import { formatMitiValue, formatThresholds, rangeWords } from '@/lib/domain/score-format';
import { formatIsoDate } from '@/lib/i18n/format';
import type { PlanView } from '@/lib/reactive/create-plan-view';
import { useI18n } from '../app/services';
import { TrendChart } from './TrendChart';
import './coding.css';

// The scores with a caveat: % complex reflections itself, and the total that Emphasizing
// Autonomy is counted in.
const CAVEAT: ReadonlySet<MitiSummaryKey> = new Set(['complexReflections', 'adherent']);
// The trend follows the scores the manual marks.
const TREND_SCORES = MARKED_SCORES;

/** The Coding sheet's summary: one coding's MITI scores with marks, and its practitioner's trend. */
export function CodingSummary(props: { view: PlanView; sheetId: string }) {
  const { t, locale } = useI18n();
  const codings = createMemo(() => readCodings(props.view, props.sheetId));
  const [picked, setPicked] = createSignal<string | null>(null);
  // Until a coding is picked, the one being entered (edited last) is shown.
  const shown = () => codings().find((c) => c.rowId === picked()) ?? latestCoding(codings());
  const date = (iso: string | null) => (iso ? formatIsoDate(iso, locale()) : t('codingNoDate'));
  const label = (c: Coding) =>
    t('codingOption', { practitioner: c.practitioner || t('codingNoName'), date: date(c.date) });
  const scoreText = (score: MitiScore) =>
    score.value === null
      ? t(`mitiGap_${score.gap}`)
      : formatMitiValue(score.key, score.value, locale());

  return (
    <div class="coding-summary">
      <h2 class="sheet-side__title">{t('codingSummaryTitle')}</h2>
      <Show when={shown()} fallback={<p class="muted">{t('codingNone')}</p>}>
        {(coding) => (
          <>
            <label class="sheet-side__field">
              <span>{t('codingShown')}</span>
              <select onChange={(e) => setPicked(e.currentTarget.value)}>
                <For each={codings()}>
                  {(c) => (
                    <option value={c.rowId} selected={c.rowId === coding().rowId}>
                      {label(c)}
                    </option>
                  )}
                </For>
              </select>
            </label>
            <table class="miti-scores">
              <thead>
                <tr>
                  <th scope="col">{t('mitiScore')}</th>
                  <th scope="col">{t('mitiValue')}</th>
                  <th scope="col">{t('mitiMark')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={MITI_SUMMARIES}>
                  {(key) => {
                    const score = () => coding().summary.scores[key];
                    const thresholds = () => formatThresholds(key, locale());
                    return (
                      <tr>
                        <th scope="row">
                          {t(`miti_${key}`)}
                          <Show when={CAVEAT.has(key)}>
                            <sup class="miti-scores__caveat" title={t('mitiCaveatMark')}>
                              *<span class="visually-hidden"> ({t('mitiCaveatMark')})</span>
                            </sup>
                          </Show>
                        </th>
                        <td
                          class="miti-scores__value"
                          classList={{ 'miti-scores__value--gap': score().value === null }}
                        >
                          {scoreText(score())}
                        </td>
                        <td>
                          <Show when={levelOf(score())}>
                            {(level) => (
                              <span class={`miti-level miti-level--${level()}`}>
                                {t(`mitiLevel_${level()}`)}
                              </span>
                            )}
                          </Show>
                          <span class="miti-scores__thresholds">
                            {(() => {
                              const th = thresholds();
                              return th ? t('mitiThresholds', th) : t('mitiNoThreshold');
                            })()}
                          </span>
                        </td>
                      </tr>
                    );
                  }}
                </For>
              </tbody>
            </table>
            <p class="sheet-side__note">
              <span aria-hidden="true">* </span>
              {t('mitiCaveat')} {t('codingBlankCounts')}
            </p>
            <Show when={coding().summary.problems.length > 0}>
              <ul class="sheet-side__problems" role="status">
                <For each={coding().summary.problems}>
                  {(p) => {
                    const words = rangeWords(p.range);
                    return (
                      <li>
                        {t('mitiRefused', {
                          column: MITI_COLUMN_NAMES[p.field],
                          value: p.value,
                          range: t(words.key, words.params),
                        })}
                      </li>
                    );
                  }}
                </For>
              </ul>
            </Show>
            <Trend codings={codings()} practitioner={coding().practitioner} />
          </>
        )}
      </Show>
      <p class="sheet-side__note sheet-side__privacy">{t('codingPseudonyms')}</p>
    </div>
  );
}

function levelOf(score: MitiScore) {
  return score.value === null ? null : score.level;
}

/** The practitioner's trend: the four marked scores as small line charts, oldest coding left. */
function Trend(props: { codings: readonly Coding[]; practitioner: string }) {
  const { t, locale } = useI18n();
  const trend = createMemo(() => practitionerTrend(props.codings, props.practitioner));
  const chart = (key: (typeof TREND_SCORES)[number]) => {
    const points = trend().map((c) => {
      const score = c.summary.scores[key];
      return {
        label: c.date ? formatIsoDate(c.date, locale()) : '',
        value: score.value,
        text:
          score.value === null
            ? t(`mitiGap_${score.gap}`)
            : formatMitiValue(key, score.value, locale()),
      };
    });
    const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
    const scale =
      key === 'complexReflections'
        ? { min: 0, max: 1 }
        : key === 'reflectionToQuestion'
          ? { min: 0, max: Math.max(3, Math.ceil(Math.max(0, ...values))) }
          : { min: 1, max: 5 };
    const thresholds = MITI_THRESHOLDS[key];
    return {
      key,
      points,
      scale,
      fair: thresholds?.fair ?? null,
      good: thresholds?.good ?? null,
      // A gap's words are in the description; beside the title a dash says 'no value'.
      latest: points.at(-1)?.value == null ? '–' : (points.at(-1)?.text ?? ''),
      description: t('codingTrendPoints', {
        score: t(`miti_${key}`),
        count: points.length,
        points: points.map((p) => `${p.label} ${p.text}`).join('; '),
      }),
    };
  };
  return (
    <section
      class="coding-trend"
      aria-label={t('codingTrend', { practitioner: props.practitioner })}
    >
      <Show
        when={props.practitioner.trim()}
        fallback={<p class="muted">{t('codingTrendNoName')}</p>}
      >
        <h3 class="sheet-side__subtitle">
          {t('codingTrend', { practitioner: props.practitioner })}
        </h3>
        <Show
          when={trend().length >= 2}
          fallback={
            <p class="muted">{t('codingTrendEmpty', { practitioner: props.practitioner })}</p>
          }
        >
          <p class="sheet-side__note">{t('codingTrendLegend')}</p>
          <div class="coding-trend__charts">
            <For each={TREND_SCORES}>
              {(key) => {
                const c = () => chart(key);
                return (
                  <TrendChart
                    title={t(`miti_${key}`)}
                    description={c().description}
                    points={c().points}
                    min={c().scale.min}
                    max={c().scale.max}
                    fair={c().fair}
                    good={c().good}
                    latest={c().latest}
                  />
                );
              }}
            </For>
          </div>
        </Show>
      </Show>
    </section>
  );
}

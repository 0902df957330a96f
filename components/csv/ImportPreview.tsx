import { For, Index, Show } from 'solid-js';
import { fileColumnName, fileWidth, problemText } from '@/lib/csv/import';
import { inferFileColumnType, type ColumnTarget } from '@/lib/csv/mapping';
import type {
  ImportMode,
  ImportPlan,
  ImportPreparation,
  ImportSettings,
  ProblemDecision,
} from '@/lib/csv/prepare';
import type { CsvTable } from '@/lib/csv/read';
import { CSV_SEPARATORS, type CsvSeparator } from '@/lib/csv/sniff';
import { COLUMN_TYPES, type ColumnInfo, type ColumnType } from '@/lib/model/schema';
import { useI18n } from '../app/services';

const PREVIEW_ROWS = 5;
const SHOWN_PROBLEMS = 50;
const MODES: readonly ImportMode[] = ['add', 'replace', 'update'];
const SEPARATOR_KEYS = { ';': 'csvSepSemicolon', ',': 'csvSepComma', '\t': 'csvSepTab' } as const;
const MODE_KEYS = {
  add: 'csvModeAdd',
  replace: 'csvModeReplace',
  update: 'csvModeUpdate',
} as const;

function targetValue(target: ColumnTarget | undefined): string {
  if (!target || target.kind === 'skip') return 'skip';
  return target.kind === 'new' ? 'new' : `col:${target.columnId}`;
}

/** The preview of a read file: separator and header, column mapping, mode, problems, first rows. */
export function ImportPreview(props: {
  table: CsvTable;
  settings: ImportSettings;
  columns: readonly ColumnInfo[];
  fileInfo: string;
  prepared: ImportPreparation | null;
  plan: ImportPlan | null;
  decision: ProblemDecision;
  onSeparator: (separator: CsvSeparator) => void;
  onHeader: (hasHeader: boolean) => void;
  onTarget: (index: number, target: ColumnTarget) => void;
  onMode: (mode: ImportMode) => void;
  onKey: (fileColumn: number | null) => void;
  onDecision: (decision: ProblemDecision) => void;
}) {
  const { t } = useI18n();
  const width = () => fileWidth(props.table, props.settings.hasHeader);
  const indexes = () => Array.from({ length: width() }, (_, i) => i);
  const name = (i: number) => fileColumnName(props.table, props.settings.hasHeader, i);
  const dataRows = () => props.table.rows.slice(props.settings.hasHeader ? 1 : 0);
  const samples = (i: number) =>
    dataRows()
      .slice(0, 30)
      .map((r) => (r[i] ?? '').trim().replace(/\s+/g, ' '))
      .filter((v, j, all) => v !== '' && all.indexOf(v) === j)
      .slice(0, 3)
      .map((v) => (v.length > 24 ? `${v.slice(0, 23)}…` : v))
      .join(', ');
  const keyChoices = () => indexes().filter((i) => props.settings.targets[i]?.kind === 'existing');

  const choose = (index: number, value: string) => {
    if (value === 'skip') props.onTarget(index, { kind: 'skip' });
    else if (value === 'new') {
      const old = props.settings.targets[index];
      props.onTarget(index, {
        kind: 'new',
        name: name(index),
        type: old?.kind === 'new' ? old.type : inferFileColumnType(dataRows(), index),
      });
    } else props.onTarget(index, { kind: 'existing', columnId: value.slice(4) });
  };

  return (
    <div class="csv-preview">
      <div class="csv-preview__file">
        <span class="muted">{props.fileInfo}</span>
        <label class="csv-preview__separator">
          {t('csvSeparator')}
          <select
            class="input"
            value={props.table.separator}
            onChange={(e) => {
              const chosen = CSV_SEPARATORS.find((s) => s === e.currentTarget.value);
              if (chosen) props.onSeparator(chosen);
            }}
          >
            <For each={CSV_SEPARATORS}>
              {(s) => <option value={s}>{t(SEPARATOR_KEYS[s])}</option>}
            </For>
          </select>
        </label>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={props.settings.hasHeader}
            onChange={(e) => props.onHeader(e.currentTarget.checked)}
          />
          {t('csvHasHeader')}
        </label>
      </div>

      <h3 class="csv-preview__heading">{t('csvMapping')}</h3>
      <ul class="csv-map">
        <Index each={indexes()}>
          {(i) => {
            const target = () => props.settings.targets[i()];
            return (
              <li class="csv-map__row">
                <div class="csv-map__file">
                  <span class="csv-map__name">{name(i())}</span>
                  <Show when={samples(i())}>
                    {(values) => (
                      <span class="csv-map__sample">{t('csvSample', { values: values() })}</span>
                    )}
                  </Show>
                </div>
                <div class="csv-map__target">
                  <span aria-hidden="true" class="csv-map__arrow">
                    →
                  </span>
                  <select
                    class="input"
                    aria-label={t('csvMapTo', { column: name(i()) })}
                    value={targetValue(target())}
                    onChange={(e) => choose(i(), e.currentTarget.value)}
                  >
                    <option value="skip">{t('csvSkip')}</option>
                    <option value="new">{t('csvNewColumn')}</option>
                    <optgroup label={t('csvExistingColumns')}>
                      <For each={props.columns}>
                        {(column) => <option value={`col:${column.id}`}>{column.name}</option>}
                      </For>
                    </optgroup>
                  </select>
                  <Show when={target()?.kind === 'new' && target()}>
                    {(fresh) => (
                      <select
                        class="input csv-map__type"
                        aria-label={t('csvNewColumnType', { column: name(i()) })}
                        value={fresh().kind === 'new' ? (fresh() as { type: ColumnType }).type : ''}
                        onChange={(e) =>
                          props.onTarget(i(), {
                            kind: 'new',
                            name: name(i()),
                            type: COLUMN_TYPES.find((c) => c === e.currentTarget.value) ?? 'text',
                          })
                        }
                      >
                        <For each={COLUMN_TYPES}>
                          {(type) => <option value={type}>{t(`type_${type}`)}</option>}
                        </For>
                      </select>
                    )}
                  </Show>
                </div>
              </li>
            );
          }}
        </Index>
      </ul>

      <fieldset class="csv-preview__modes">
        <legend class="csv-preview__heading">{t('csvMode')}</legend>
        <For each={MODES}>
          {(mode) => (
            <label class="radio">
              <input
                type="radio"
                name="csv-mode"
                checked={props.settings.mode === mode}
                onChange={() => props.onMode(mode)}
              />
              {t(MODE_KEYS[mode])}
            </label>
          )}
        </For>
        <Show when={props.settings.mode === 'update'}>
          <label class="csv-preview__key">
            {t('csvKey')}
            <select
              class="input"
              value={props.settings.keyColumn === null ? '' : String(props.settings.keyColumn)}
              onChange={(e) =>
                props.onKey(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))
              }
            >
              <option value="" />
              <For each={keyChoices()}>{(i) => <option value={String(i)}>{name(i)}</option>}</For>
            </select>
          </label>
        </Show>
      </fieldset>

      <Show when={props.prepared}>
        {(prepared) => (
          <>
            <Show when={prepared().blocked}>
              {(why) => (
                <p class="banner banner--warning" role="alert">
                  {t(why() === 'noKey' ? 'csvNoKey' : 'csvNoColumns')}
                </p>
              )}
            </Show>
            <Show when={prepared().dataRows === 0}>
              <p class="banner" role="status">
                {t('csvNothingToImport')}
              </p>
            </Show>
            <Show when={prepared().problems.length > 0}>
              <section class="csv-problems" aria-labelledby="csv-problems-title">
                <h3 id="csv-problems-title" class="csv-preview__heading">
                  {t('csvProblemsTitle', {
                    count: prepared().problems.length,
                    rows: prepared().problemRows,
                  })}
                </h3>
                <ul class="problem-list">
                  <For each={prepared().problems.slice(0, SHOWN_PROBLEMS)}>
                    {(problem) => <li>{problemText(problem, t, name)}</li>}
                  </For>
                </ul>
                <Show when={prepared().problems.length > SHOWN_PROBLEMS}>
                  <p class="muted">
                    {t('csvProblemsMore', {
                      count: prepared().problems.length - SHOWN_PROBLEMS,
                    })}
                  </p>
                </Show>
                <fieldset class="csv-preview__modes">
                  <legend class="csv-preview__heading">{t('csvDecide')}</legend>
                  <label class="radio">
                    <input
                      type="radio"
                      name="csv-decision"
                      checked={props.decision === 'skip'}
                      onChange={() => props.onDecision('skip')}
                    />
                    {t('csvDecideSkip')}
                  </label>
                  <label class="radio">
                    <input
                      type="radio"
                      name="csv-decision"
                      checked={props.decision === 'text'}
                      onChange={() => props.onDecision('text')}
                    />
                    {t('csvDecideText')}
                  </label>
                  <p class="muted">{t('csvFixHint')}</p>
                </fieldset>
              </section>
            </Show>
          </>
        )}
      </Show>

      <h3 class="csv-preview__heading">{t('csvPreview')}</h3>
      <div class="csv-preview__table" tabindex="0" role="region" aria-label={t('csvPreview')}>
        <table>
          <thead>
            <tr>
              <For each={indexes()}>{(i) => <th scope="col">{name(i)}</th>}</For>
            </tr>
          </thead>
          <tbody>
            <For each={dataRows().slice(0, PREVIEW_ROWS)}>
              {(row) => (
                <tr>
                  <For each={indexes()}>{(i) => <td>{row[i] ?? ''}</td>}</For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>

      <Show when={props.plan}>
        {(plan) => (
          <p class="csv-preview__summary" role="status">
            {t('csvSummary', {
              added: plan().added,
              updated: plan().updated,
              trashed: plan().trashed,
              skipped: plan().skipped,
            })}
          </p>
        )}
      </Show>
    </div>
  );
}

import { createMemo, createSignal, Match, onCleanup, Show, Switch } from 'solid-js';
import type { CsvEncoding } from '@/lib/csv/encoding';
import { applyImport, initialSettings, readProblemText, sheetSnapshot } from '@/lib/csv/import';
import type { ColumnTarget } from '@/lib/csv/mapping';
import {
  prepareImport,
  type ImportMode,
  type ImportSettings,
  type ProblemDecision,
} from '@/lib/csv/prepare';
import { parseCsvText, type CsvReadResult, type CsvTable } from '@/lib/csv/read';
import type { CsvSeparator } from '@/lib/csv/sniff';
import type { PlanView } from '@/lib/reactive/create-plan-view';
import { useI18n } from '../app/services';
import { Modal } from '../common/Modal';
import { pickFile } from '../sync/file-io';
import { ImportPreview } from './ImportPreview';
import { CsvReadCancelled, readCsvFile, type CsvReadJob } from './read-csv';
import './import.css';

/** A file chosen or dropped, or text pasted. */
export type CsvSource = { name: string; bytes: ArrayBuffer } | { name: null; text: string };

type Phase =
  | { kind: 'source' }
  | { kind: 'reading'; name: string }
  | { kind: 'preview'; table: CsvTable }
  | { kind: 'failed'; message: string };

const ENCODING_NAMES: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (BOM)',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
};

/** Import CSV into one sheet: choose, drop or paste; read with progress; map, check, apply once. */
export function ImportDialog(props: {
  view: PlanView;
  sheetId: string;
  /** A file dropped on the planner: reading starts at once. */
  initial?: CsvSource;
  onClose: () => void;
  onImported: (message: string) => void;
}) {
  const { t } = useI18n();
  const [phase, setPhase] = createSignal<Phase>({ kind: 'source' });
  const [progress, setProgress] = createSignal(0);
  const [pasted, setPasted] = createSignal('');
  const [settings, setSettings] = createSignal<ImportSettings | null>(null);
  const [decision, setDecision] = createSignal<ProblemDecision>('skip');
  let source: CsvSource | null = null;
  let job: CsvReadJob | null = null;
  onCleanup(() => job?.cancel());

  const sheetName = () => props.view.sheets().find((s) => s.id === props.sheetId)?.name ?? '';
  const columns = () => props.view.columns(props.sheetId);
  const newColumnName = (letter: string) => t('csvColumnName', { letter });

  const showResult = (result: CsvReadResult) => {
    if (!result.ok) {
      setPhase({ kind: 'failed', message: readProblemText(result, t) });
      return;
    }
    const table = result.table;
    setSettings(initialSettings(table, table.hasHeader, columns(), newColumnName));
    setPhase({ kind: 'preview', table });
  };

  const read = async (next: CsvSource, separator?: CsvSeparator) => {
    source = next;
    if (next.name === null) {
      showResult(parseCsvText(next.text, 'utf-8', { separator }));
      return;
    }
    job?.cancel();
    setProgress(0);
    setPhase({ kind: 'reading', name: next.name });
    const current = readCsvFile(next.bytes, { separator, onProgress: setProgress });
    job = current;
    try {
      showResult(await current.result);
    } catch (error) {
      if (error instanceof CsvReadCancelled) return;
      setPhase({
        kind: 'failed',
        message: t('csvReadFailed', { reason: error instanceof Error ? error.message : '?' }),
      });
    } finally {
      if (job === current) job = null;
    }
  };

  // The dialog is made for one dropped file; reading it starts once, as the dialog opens.
  // eslint-disable-next-line solid/reactivity
  if (props.initial) void read(props.initial);

  const choose = async () => {
    const picked = await pickFile('.csv,.txt,.tsv,text/csv,text/plain');
    if (picked) await read({ name: picked.name, bytes: picked.bytes });
  };

  const cancel = () => {
    job?.cancel();
    props.onClose();
  };

  const table = () => {
    const p = phase();
    return p.kind === 'preview' ? p.table : null;
  };
  const prepared = createMemo(() => {
    const current = table();
    const chosen = settings();
    return current && chosen
      ? prepareImport(current, chosen, sheetSnapshot(props.view.model, props.sheetId))
      : null;
  });
  const plan = createMemo(() => prepared()?.plan(decision()) ?? null);

  const apply = () => {
    const chosen = plan();
    if (!chosen || prepared()?.blocked) return;
    applyImport(props.view.model, props.sheetId, chosen);
    props.onImported(
      t('csvImported', { sheet: sheetName(), added: chosen.added, updated: chosen.updated }),
    );
  };

  const update = (patch: Partial<ImportSettings>) =>
    setSettings((s) => (s ? { ...s, ...patch } : s));

  return (
    <Modal labelledBy="csv-import-title" onCancel={cancel}>
      <div class="csv-import">
        <h2 id="csv-import-title" class="dialog__title">
          {t('csvImportTitle', { sheet: sheetName() })}
        </h2>
        <Switch>
          <Match when={phase().kind === 'source'}>
            <p class="muted">{t('csvSourceHelp')}</p>
            <button type="button" class="button button--primary" onClick={() => void choose()}>
              {t('csvChooseFile')}
            </button>
            <label class="field csv-import__paste">
              <span class="field__label">{t('csvPasteLabel')}</span>
              <textarea
                class="input"
                rows={5}
                value={pasted()}
                onInput={(e) => setPasted(e.currentTarget.value)}
              />
            </label>
            <div class="dialog__actions">
              <button type="button" class="button" onClick={cancel}>
                {t('cancel')}
              </button>
              <button
                type="button"
                class="button"
                disabled={pasted().trim() === ''}
                onClick={() => void read({ name: null, text: pasted() })}
              >
                {t('csvPastePreview')}
              </button>
            </div>
          </Match>
          <Match when={phase().kind === 'reading'}>
            <p id="csv-reading">{t('csvReading', { file: (phase() as { name: string }).name })}</p>
            <progress
              class="csv-import__progress"
              aria-labelledby="csv-reading"
              max={1}
              value={progress()}
            />
            <div class="dialog__actions">
              <button type="button" class="button" onClick={cancel}>
                {t('cancel')}
              </button>
            </div>
          </Match>
          <Match when={phase().kind === 'failed'}>
            <p class="banner banner--error" role="alert">
              {(phase() as { message: string }).message}
            </p>
            <div class="dialog__actions">
              <button type="button" class="button" onClick={cancel}>
                {t('close')}
              </button>
              <button type="button" class="button" onClick={() => setPhase({ kind: 'source' })}>
                {t('csvChooseFile')}
              </button>
            </div>
          </Match>
          <Match when={table()}>
            {(current) => (
              <Show when={settings()}>
                {(chosen) => (
                  <>
                    <ImportPreview
                      table={current()}
                      settings={chosen()}
                      columns={columns()}
                      fileInfo={t('csvFileInfo', {
                        rows: current().rows.length - (chosen().hasHeader ? 1 : 0),
                        encoding:
                          source?.name === null
                            ? t('csvPasted')
                            : ENCODING_NAMES[current().encoding],
                      })}
                      prepared={prepared()}
                      plan={plan()}
                      decision={decision()}
                      onSeparator={(separator) => source && void read(source, separator)}
                      onHeader={(hasHeader) =>
                        setSettings({
                          ...initialSettings(current(), hasHeader, columns(), newColumnName),
                          mode: chosen().mode,
                        })
                      }
                      onTarget={(index: number, target: ColumnTarget) =>
                        update({
                          targets: chosen().targets.map((old, i) => (i === index ? target : old)),
                        })
                      }
                      onMode={(mode: ImportMode) => update({ mode })}
                      onKey={(keyColumn) => update({ keyColumn })}
                      onDecision={setDecision}
                    />
                    <div class="dialog__actions">
                      <button type="button" class="button" onClick={cancel}>
                        {t('cancel')}
                      </button>
                      <button
                        type="button"
                        class="button button--primary"
                        disabled={
                          Boolean(prepared()?.blocked) ||
                          (plan()?.added ?? 0) + (plan()?.updated ?? 0) + (plan()?.trashed ?? 0) ===
                            0
                        }
                        onClick={apply}
                      >
                        {t('csvImportAction')}
                      </button>
                    </div>
                  </>
                )}
              </Show>
            )}
          </Match>
        </Switch>
      </div>
    </Modal>
  );
}

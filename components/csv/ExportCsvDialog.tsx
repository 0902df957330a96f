import { createSignal, For, Show } from 'solid-js';
import { CSV_DIALECTS, formatCsvDate, type CsvDialectId } from '@/lib/csv/dialect';
import { exportCsv, isShapedView, viewRowIds, type CsvExportChoice } from '@/lib/csv/export';
import type { SheetViewSpec } from '@/lib/grid/types';
import type { PlanView } from '@/lib/reactive/create-plan-view';
import { localIsoDate } from '@/lib/report/dates';
import { useI18n, useServices, useSettings } from '../app/services';
import { FormDialog } from '../common/FormDialog';
import { downloadBytes } from '../sync/file-io';
import './export-csv.css';

type Scope = CsvExportChoice['scope'];

/** Export CSV: the member's view of a sheet, any whole sheet, or all sheets in a zip; in the dialect they used last. */
export function ExportCsvDialog(props: {
  view: PlanView;
  /** The sheet on screen, and how this member sees it. */
  sheetId: string;
  spec: SheetViewSpec;
  onExported: (fileName: string, rows: number) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const services = useServices();
  const { settings, update } = useSettings();
  const model = () => props.view.model;
  // What the dialog offers first, from the sheet on screen when it opened; the member then chooses.
  // eslint-disable-next-line solid/reactivity
  const [scope, setScope] = createSignal<Scope>(isShapedView(props.spec) ? 'view' : 'sheet');
  // eslint-disable-next-line solid/reactivity
  const [sheetId, setSheetId] = createSignal(props.sheetId);
  const [dialect, setDialect] = createSignal<CsvDialectId>(settings().csvDialect);
  const sheetName = () => props.view.sheets().find((s) => s.id === props.sheetId)?.name ?? '';
  const shown = () => viewRowIds(model(), props.sheetId, props.spec, locale()).length;
  const today = () => localIsoDate(services.now());

  const submit = () => {
    const choice: CsvExportChoice =
      scope() === 'view'
        ? { scope: 'view', sheetId: props.sheetId, spec: props.spec }
        : scope() === 'sheet'
          ? { scope: 'sheet', sheetId: sheetId() }
          : { scope: 'all' };
    const file = exportCsv(model(), props.view.meta().title, choice, {
      dialect: CSV_DIALECTS[dialect()],
      locale: locale(),
      today: today(),
    });
    if (settings().csvDialect !== dialect()) update({ ...settings(), csvDialect: dialect() });
    downloadBytes(file.bytes, file.fileName);
    props.onExported(file.fileName, file.rows);
  };

  return (
    <FormDialog
      title={t('csvExportTitle')}
      submitLabel={t('csvDownload')}
      onSubmit={submit}
      onCancel={() => props.onCancel()}
    >
      <fieldset class="csv-export__group">
        <legend class="field__label">{t('csvWhat')}</legend>
        <Choice
          group="csv-scope"
          checked={scope() === 'view'}
          onChoose={() => setScope('view')}
          label={t('csvScopeView', { sheet: sheetName() })}
          help={t('csvScopeViewHelp', {
            shown: shown(),
            count: props.view.rowIds(props.sheetId).length,
          })}
        />
        <Choice
          group="csv-scope"
          checked={scope() === 'sheet'}
          onChoose={() => setScope('sheet')}
          label={t('csvScopeSheet')}
        />
        <select
          class="input csv-export__sheet"
          aria-label={t('csvSheet')}
          value={sheetId()}
          onChange={(e) => {
            setSheetId(e.currentTarget.value);
            setScope('sheet');
          }}
        >
          <For each={props.view.sheets()}>
            {(sheet) => <option value={sheet.id}>{sheet.name}</option>}
          </For>
        </select>
        <Choice
          group="csv-scope"
          checked={scope() === 'all'}
          onChoose={() => setScope('all')}
          label={t('csvScopeAll')}
          help={t('csvScopeAllHelp', { count: props.view.sheets().length })}
        />
      </fieldset>
      <fieldset class="csv-export__group">
        <legend class="field__label">{t('csvFormat')}</legend>
        <Choice
          group="csv-dialect"
          checked={dialect() === 'excel-nordic'}
          onChoose={() => setDialect('excel-nordic')}
          label={t('csvExcelNordic')}
          help={t('csvExcelNordicHelp', {
            // The same example day as the Standard CSV line, so the two compare at a glance.
            date: formatCsvDate('2027-03-17', CSV_DIALECTS['excel-nordic'], locale()),
          })}
        />
        <Choice
          group="csv-dialect"
          checked={dialect() === 'standard'}
          onChoose={() => setDialect('standard')}
          label={t('csvStandard')}
          help={t('csvStandardHelp')}
        />
      </fieldset>
      <p class="csv-export__note">{t('csvFormulaNote')}</p>
    </FormDialog>
  );
}

/** One radio button of the dialog, its label and, below it, a line of help. */
function Choice(props: {
  group: string;
  checked: boolean;
  onChoose: () => void;
  label: string;
  help?: string;
}) {
  return (
    <label class="csv-export__choice">
      <input
        type="radio"
        name={props.group}
        checked={props.checked}
        onChange={() => props.onChoose()}
      />
      <span>
        {props.label}
        <Show when={props.help}>
          <span class="csv-export__help">{props.help}</span>
        </Show>
      </span>
    </label>
  );
}

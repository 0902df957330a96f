import { createSignal } from 'solid-js';
import { useI18n } from '../app/services';
import { FormDialog } from '../common/FormDialog';

/** Whole plan or the changes since a date, for a sync file. */
export function ExportDialog(props: {
  defaultSince: string;
  onExport: (sinceIso: string | null) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [whole, setWhole] = createSignal(true);
  const [since, setSince] = createSignal(props.defaultSince);
  return (
    <FormDialog
      title={t('exportSyncFile')}
      submitLabel={t('exportAction')}
      onSubmit={() => props.onExport(whole() ? null : since())}
      onCancel={() => props.onCancel()}
    >
      <p class="muted">{t('exportHelp')}</p>
      <fieldset class="field filter-ops">
        <legend class="visually-hidden">{t('exportSyncFile')}</legend>
        <label class="radio">
          <input
            type="radio"
            name="export-range"
            checked={whole()}
            onChange={() => setWhole(true)}
          />
          {t('exportWhole')}
        </label>
        <label class="radio">
          <input
            type="radio"
            name="export-range"
            checked={!whole()}
            onChange={() => setWhole(false)}
          />
          {t('exportSince')}
        </label>
        <input
          class="input"
          type="date"
          aria-label={t('exportSince')}
          value={since()}
          disabled={whole()}
          onInput={(e) => setSince(e.currentTarget.value)}
        />
      </fieldset>
    </FormDialog>
  );
}

import { createSignal, For, Show } from 'solid-js';
import { COLUMN_TYPES, type ColumnType } from '@/lib/model/schema';
import { useI18n } from '../app/services';
import { FormDialog } from '../common/FormDialog';

/** Name and type of a column, for adding one, renaming one, or changing its type. */
export function ColumnDialog(props: {
  title: string;
  submitLabel: string;
  name: string;
  type: ColumnType;
  showName: boolean;
  showType: boolean;
  onSubmit: (name: string, type: ColumnType) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [name, setName] = createSignal(props.name);
  const [type, setType] = createSignal<ColumnType>(props.type);
  return (
    <FormDialog
      title={props.title}
      submitLabel={props.submitLabel}
      onSubmit={() => props.onSubmit(name().trim() || props.name, type())}
      onCancel={() => props.onCancel()}
    >
      <Show when={props.showName}>
        <label class="field">
          <span class="field__label">{t('columnName')}</span>
          <input class="input" value={name()} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
      </Show>
      <Show when={props.showType}>
        <label class="field">
          <span class="field__label">{t('columnType')}</span>
          <select
            class="input"
            value={type()}
            onChange={(e) => setType(e.currentTarget.value as ColumnType)}
          >
            <For each={COLUMN_TYPES}>
              {(option) => <option value={option}>{t(`type_${option}`)}</option>}
            </For>
          </select>
        </label>
      </Show>
    </FormDialog>
  );
}

import { Show, type Component } from 'solid-js';
import { formatCellText } from '@/lib/grid/cell-input';
import { isoWeek } from '@/lib/i18n/format';
import type { CellRead, ColumnInfo, ColumnType } from '@/lib/model/schema';
import { useI18n } from '../app/services';

export interface CellViewProps {
  read: CellRead;
  column: ColumnInfo;
  overdue: boolean;
}

/**
 * How a cell of a column of this type shows when it is not being edited: text, a coloured
 * choice, a box, a bar. A cell keeps its column for its whole life (a changed column gives the
 * grid new column objects, and so new cells), so its shape is chosen once, by type, and a
 * recycled cell that shows another row changes only texts, classes and attributes. Most cells
 * are one span and a text.
 */
export function cellViewFor(type: ColumnType): Component<CellViewProps> {
  switch (type) {
    case 'choice':
      return ChoiceView;
    case 'checkbox':
      return CheckView;
    case 'progress':
      return ProgressView;
    case 'date':
      return DateView;
    default:
      return TextView;
  }
}

/** A value as text; a value that does not fit its column is flagged, with the raw text. */
function TextView(props: CellViewProps) {
  const { t, locale } = useI18n();
  const raw = () => (props.read.state === 'invalid' ? props.read.raw : null);
  return (
    <span
      class={raw() === null ? 'gcell__text' : 'gcell__text gcell__invalid'}
      title={raw() === null ? undefined : t('invalidValue', { raw: raw() ?? '' })}
    >
      {raw() !== null && <span aria-hidden="true">⚠ </span>}
      {formatCellText(props.read, props.column, locale())}
    </span>
  );
}

function ChoiceView(props: CellViewProps) {
  const option = () => {
    const read = props.read;
    return read.state === 'ok' ? props.column.options.find((o) => o.id === read.value) : undefined;
  };
  return (
    <Show when={option()} fallback={<TextView {...props} />}>
      {(o) => (
        <span class="gcell__pill" style={{ '--choice': o().color }}>
          {o().label}
        </span>
      )}
    </Show>
  );
}

function CheckView(props: CellViewProps) {
  const { t } = useI18n();
  const on = () => props.read.state === 'ok' && props.read.value === true;
  return (
    <Show when={props.read.state !== 'invalid'} fallback={<TextView {...props} />}>
      <span
        class={on() ? 'gcell__check gcell__check--on' : 'gcell__check'}
        aria-label={on() ? t('yes') : t('no')}
      />
    </Show>
  );
}

function ProgressView(props: CellViewProps) {
  const { locale } = useI18n();
  const percent = () => (props.read.state === 'ok' ? Number(props.read.value) : 0);
  return (
    <Show when={props.read.state === 'ok'} fallback={<TextView {...props} />}>
      <span class="gcell__progress">
        <span class="gcell__bar">
          <span class="gcell__bar-fill" style={{ width: `${String(percent())}%` }} />
        </span>
        <span class="gcell__progress-text">
          {formatCellText(props.read, props.column, locale())} %
        </span>
      </span>
    </Show>
  );
}

function DateView(props: CellViewProps) {
  const { t, locale } = useI18n();
  const week = () =>
    props.read.state === 'ok' ? t('weekShort', { week: isoWeek(String(props.read.value)) }) : '';
  return (
    <Show when={props.read.state === 'ok'} fallback={<TextView {...props} />}>
      <span class={props.overdue ? 'gcell__text gcell__overdue' : 'gcell__text'}>
        {formatCellText(props.read, props.column, locale())}
        <span class="gcell__week"> {week()}</span>
        {props.overdue && <span class="visually-hidden"> ({t('overdue')})</span>}
      </span>
    </Show>
  );
}

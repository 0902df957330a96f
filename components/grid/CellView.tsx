import { Match, Show, Switch } from 'solid-js';
import { formatCellText } from '@/lib/grid/cell-input';
import { isoWeek } from '@/lib/i18n/format';
import type { CellRead, ColumnInfo } from '@/lib/model/schema';
import { useI18n } from '../app/services';

/** How a cell shows when it is not being edited: text, a coloured choice, a box, a bar. */
export function CellView(props: { read: CellRead; column: ColumnInfo; overdue: boolean }) {
  const { t, locale } = useI18n();
  const text = () => formatCellText(props.read, props.column, locale());
  const option = () => {
    const read = props.read;
    return read.state === 'ok' ? props.column.options.find((o) => o.id === read.value) : undefined;
  };
  return (
    <Switch fallback={<span class="gcell__text">{text()}</span>}>
      <Match when={props.read.state === 'invalid'}>
        <span
          class="gcell__text gcell__invalid"
          title={t('invalidValue', { raw: props.read.state === 'invalid' ? props.read.raw : '' })}
        >
          <span aria-hidden="true">⚠ </span>
          {text()}
        </span>
      </Match>
      <Match when={props.column.type === 'choice' && option()}>
        {(o) => (
          <span class="gcell__pill" style={{ '--choice': o().color }}>
            {o().label}
          </span>
        )}
      </Match>
      <Match when={props.column.type === 'checkbox'}>
        <span
          class="gcell__check"
          classList={{ 'gcell__check--on': props.read.state === 'ok' && props.read.value === true }}
          aria-label={props.read.state === 'ok' && props.read.value === true ? t('yes') : t('no')}
        />
      </Match>
      <Match when={props.column.type === 'progress' && props.read.state === 'ok'}>
        <span class="gcell__progress">
          <span class="gcell__bar">
            <span
              class="gcell__bar-fill"
              style={{ width: `${props.read.state === 'ok' ? Number(props.read.value) : 0}%` }}
            />
          </span>
          <span class="gcell__progress-text">{text()} %</span>
        </span>
      </Match>
      <Match when={props.column.type === 'date' && props.read.state === 'ok'}>
        <span class="gcell__text" classList={{ gcell__overdue: props.overdue }}>
          {text()}
          <span class="gcell__week">
            {' '}
            {t('weekShort', {
              week: props.read.state === 'ok' ? isoWeek(String(props.read.value)) : '',
            })}
          </span>
          <Show when={props.overdue}>
            <span class="visually-hidden"> ({t('overdue')})</span>
          </Show>
        </span>
      </Match>
    </Switch>
  );
}

import { createEffect, createSignal, For, Match, on, Show, Switch } from 'solid-js';
import { formatNumber, isoWeek } from '@/lib/i18n/format';
import type { CellRead, ColumnInfo } from '@/lib/model/schema';
import type { PlanView } from '@/lib/reactive/create-plan-view';
import { useI18n } from '../app/services';

interface CellProps {
  view: PlanView;
  sheetId: string;
  rowId: string;
  column: ColumnInfo;
  columnIndex: number;
  label: string;
  readOnly: boolean;
}

/** One editable cell, with the editor its column type calls for; writes as the user types. */
export function CellInput(props: CellProps) {
  const { t, locale } = useI18n();
  const read = (): CellRead => props.view.cell(props.sheetId, props.rowId, props.column);
  const write = (input: unknown) =>
    props.view.model.setCell(props.sheetId, props.rowId, props.column.id, input).ok;
  // Each visit to a cell undoes as one step, however fast the user moves between cells.
  const startEditing = () => props.view.model.stopUndoCapture();
  const invalidTitle = () => {
    const r = read();
    return r.state === 'invalid' ? t('invalidValue', { raw: r.raw }) : undefined;
  };
  const common = (): Attrs => ({
    'aria-label': props.label,
    'data-col-index': props.columnIndex,
    disabled: props.readOnly,
    title: invalidTitle(),
    'aria-invalid': read().state === 'invalid' || undefined,
  });
  const refusedMessage = (value: string) =>
    t('valueRefused', { value, type: t(`type_${props.column.type}`) });

  const display = (): string => {
    const r = read();
    if (r.state === 'empty') return '';
    if (r.state === 'invalid') return r.raw;
    if (typeof r.value === 'number') return formatNumber(r.value, locale());
    return String(r.value);
  };

  return (
    <Switch
      fallback={
        <TextEditor
          display={display()}
          write={write}
          onStart={startEditing}
          refusedMessage={refusedMessage}
          attrs={common()}
        />
      }
    >
      <Match when={props.column.type === 'longText'}>
        <TextEditor
          multiline
          display={display()}
          write={write}
          onStart={startEditing}
          refusedMessage={refusedMessage}
          attrs={common()}
        />
      </Match>
      <Match when={props.column.type === 'number' || props.column.type === 'progress'}>
        <div
          class="cell-progress"
          style={
            props.column.type === 'progress' && read().state === 'ok'
              ? { '--progress': `${String(Number((read() as { value: number }).value))}%` }
              : undefined
          }
          classList={{ 'cell-progress--bar': props.column.type === 'progress' }}
        >
          <TextEditor
            numeric
            display={display()}
            write={write}
            onStart={startEditing}
            refusedMessage={refusedMessage}
            attrs={common()}
          />
          <Show when={props.column.type === 'progress'}>
            <span class="cell-suffix" aria-hidden="true">
              %
            </span>
          </Show>
        </div>
      </Match>
      <Match when={props.column.type === 'date' && read().state !== 'invalid'}>
        <div class="cell-date">
          <input
            type="date"
            class="cell-input"
            {...common()}
            value={read().state === 'ok' ? String((read() as { value: string }).value) : ''}
            onInput={(e) => write(e.currentTarget.value)}
          />
          <Show when={read().state === 'ok'}>
            <span class="cell-week">
              {t('week', { week: isoWeek(String((read() as { value: string }).value)) })}
            </span>
          </Show>
        </div>
      </Match>
      <Match when={props.column.type === 'checkbox' && read().state !== 'invalid'}>
        <input
          type="checkbox"
          class="cell-checkbox"
          {...common()}
          checked={read().state === 'ok' && (read() as { value: boolean }).value === true}
          onChange={(e) => write(e.currentTarget.checked)}
        />
      </Match>
      <Match when={props.column.type === 'choice'}>
        <ChoiceEditor read={read()} column={props.column} write={write} attrs={common()} />
      </Match>
    </Switch>
  );
}

interface Attrs {
  'aria-label': string;
  'data-col-index': number;
  disabled: boolean;
  title: string | undefined;
  'aria-invalid': boolean | undefined;
}

/**
 * A text field that writes on every keystroke. While it has focus it keeps what the user
 * typed (so "12," is not reformatted to "12" mid-word), but a change from elsewhere (a peer,
 * an undo) replaces it.
 */
function TextEditor(props: {
  display: string;
  write: (text: string) => boolean;
  onStart: () => void;
  refusedMessage: (text: string) => string;
  attrs: Attrs;
  multiline?: boolean;
  numeric?: boolean;
}) {
  const [draft, setDraft] = createSignal<string | null>(null);
  const [refused, setRefused] = createSignal(false);
  let expected: string | null = null;
  createEffect(
    on(
      () => props.display,
      (display) => {
        if (draft() !== null && display !== expected) {
          setDraft(display);
          setRefused(false);
          expected = display;
        }
      },
      { defer: true },
    ),
  );
  const onInput = (text: string) => {
    setDraft(text);
    const ok = props.write(text);
    setRefused(!ok);
    expected = props.display;
  };
  const shared = () => ({
    ...props.attrs,
    class: 'cell-input',
    value: draft() ?? props.display,
    'aria-invalid': refused() || props.attrs['aria-invalid'],
    title: refused() ? props.refusedMessage(draft() ?? '') : props.attrs.title,
    onFocus: () => {
      props.onStart();
      setDraft(props.display);
      expected = props.display;
    },
    onBlur: () => {
      setDraft(null);
      setRefused(false);
    },
  });
  return (
    <Show
      when={props.multiline}
      fallback={
        <input
          type="text"
          inputMode={props.numeric ? 'decimal' : undefined}
          {...shared()}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      }
    >
      <textarea rows={1} {...shared()} onInput={(e) => onInput(e.currentTarget.value)} />
    </Show>
  );
}

function ChoiceEditor(props: {
  read: CellRead;
  column: ColumnInfo;
  write: (value: string) => boolean;
  attrs: Attrs;
}) {
  const selected = () => (props.read.state === 'ok' ? String(props.read.value) : '');
  const color = () => props.column.options.find((o) => o.id === selected())?.color;
  return (
    <select
      class="cell-input cell-select"
      {...props.attrs}
      style={color() ? { '--choice': color() } : undefined}
      classList={{ 'cell-select--set': color() !== undefined }}
      onChange={(e) => props.write(e.currentTarget.value)}
    >
      <option value="" selected={selected() === ''}>
        {props.read.state === 'invalid' ? `⚠ ${props.read.raw}` : ''}
      </option>
      <For each={props.column.options}>
        {(option) => (
          <option value={option.id} selected={option.id === selected()}>
            {option.label}
          </option>
        )}
      </For>
    </select>
  );
}

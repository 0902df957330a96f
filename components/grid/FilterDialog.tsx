import { createSignal, For, Match, Switch } from 'solid-js';
import type { FilterSpec } from '@/lib/grid/types';
import type { ColumnInfo } from '@/lib/model/schema';
import { useI18n } from '../app/services';
import { FormDialog } from '../common/FormDialog';

type Op = FilterSpec['op'];

/** One column's filter: the tests fitting its type (contains, is one of, before, after, empty). */
export function FilterDialog(props: {
  column: ColumnInfo;
  current: FilterSpec | undefined;
  onApply: (filter: FilterSpec | null) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const ops = (): Op[] => {
    if (props.column.type === 'choice') return ['is', 'empty', 'notEmpty'];
    if (props.column.type === 'date') return ['before', 'after', 'empty', 'notEmpty'];
    return ['contains', 'empty', 'notEmpty'];
  };
  const [op, setOp] = createSignal<Op>(props.current?.op ?? ops()[0] ?? 'contains');
  const [text, setText] = createSignal(props.current?.op === 'contains' ? props.current.text : '');
  const [date, setDate] = createSignal(
    props.current?.op === 'before' || props.current?.op === 'after' ? props.current.date : '',
  );
  const [chosen, setChosen] = createSignal<string[]>(
    props.current?.op === 'is' ? props.current.optionIds : [],
  );
  const label: Record<Op, () => string> = {
    contains: () => t('filterContains'),
    is: () => t('filterIs'),
    before: () => t('filterBefore'),
    after: () => t('filterAfter'),
    empty: () => t('filterEmpty'),
    notEmpty: () => t('filterNotEmpty'),
  };
  const build = (): FilterSpec | null => {
    const columnId = props.column.id;
    const current = op();
    switch (current) {
      case 'contains':
        return text().trim() ? { columnId, op: current, text: text().trim() } : null;
      case 'is':
        return chosen().length ? { columnId, op: current, optionIds: chosen() } : null;
      case 'before':
      case 'after':
        return date() ? { columnId, op: current, date: date() } : null;
      case 'empty':
      case 'notEmpty':
        return { columnId, op: current };
    }
  };
  return (
    <FormDialog
      title={t('filterTitle', { column: props.column.name })}
      submitLabel={t('apply')}
      onSubmit={() => props.onApply(build())}
      onCancel={() => props.onCancel()}
    >
      <fieldset class="field filter-ops">
        <legend class="field__label visually-hidden">
          {t('filterTitle', { column: props.column.name })}
        </legend>
        <For each={ops()}>
          {(candidate) => (
            <label class="radio">
              <input
                type="radio"
                name="filter-op"
                checked={op() === candidate}
                onChange={() => setOp(candidate)}
              />
              {label[candidate]()}
            </label>
          )}
        </For>
      </fieldset>
      <Switch>
        <Match when={op() === 'contains'}>
          <label class="field">
            <span class="field__label">{t('filterValue')}</span>
            <input class="input" value={text()} onInput={(e) => setText(e.currentTarget.value)} />
          </label>
        </Match>
        <Match when={op() === 'before' || op() === 'after'}>
          <label class="field">
            <span class="field__label">{t('filterValue')}</span>
            <input
              class="input"
              type="date"
              value={date()}
              onInput={(e) => setDate(e.currentTarget.value)}
            />
          </label>
        </Match>
        <Match when={op() === 'is'}>
          <div class="field filter-options">
            <For each={props.column.options}>
              {(option) => (
                <label class="checkbox">
                  <input
                    type="checkbox"
                    checked={chosen().includes(option.id)}
                    onChange={(e) =>
                      setChosen((c) =>
                        e.currentTarget.checked
                          ? [...c, option.id]
                          : c.filter((id) => id !== option.id),
                      )
                    }
                  />
                  <span class="gcell__dot" style={{ background: option.color }} />
                  {option.label}
                </label>
              )}
            </For>
          </div>
        </Match>
      </Switch>
      <button type="button" class="button button--quiet" onClick={() => props.onApply(null)}>
        {t('removeFilter')}
      </button>
    </FormDialog>
  );
}

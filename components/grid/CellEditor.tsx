import { createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { parseCellInput, refusedRange } from '@/lib/grid/cell-input';
import { rangeWords } from '@/lib/domain/score-format';
import type { ColumnInfo } from '@/lib/model/schema';
import { useI18n } from '../app/services';

export type EditorExit = 'down' | 'up' | 'right' | 'left' | 'stay' | 'cancel' | 'blur';

/** Another member's caret in the long text being edited: who, and where in the text. */
export interface RemoteCaret {
  name: string;
  colour: string;
  index: number;
}

/** For a long text: show the others where our caret is, and theirs to us. */
export interface TextPresence {
  publish(anchor: number, head: number): void;
  clear(): void;
  carets: () => RemoteCaret[];
}

/**
 * The editor over the active cell. It writes every keystroke that parses at once (so nothing
 * typed is lost if the browser quits or dies), as one undo step; Enter, Tab and a click
 * elsewhere finish, Esc puts back what the cell held before.
 */
export function CellEditor(props: {
  column: ColumnInfo;
  initial: string;
  /** Replace the cell's text with what was typed to start editing, or keep it and go to its end. */
  replace: boolean;
  today: string;
  people: readonly string[];
  /** Writes a parsed value (and the text it came from); returns false if the model refused it. */
  write: (value: unknown, text: string) => boolean;
  onExit: (how: EditorExit) => void;
  /** Only for long text, and only while the plan is shared. */
  textPresence?: TextPresence;
}) {
  const { t, locale } = useI18n();
  const [text, setText] = createSignal(props.initial);
  const [bad, setBad] = createSignal(false);
  let input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | undefined;
  let datePicker: HTMLInputElement | undefined;
  let browsingByKey = false;

  onMount(() => {
    if (!input) return;
    // The grid has scrolled the cell clear of the frozen column already; the browser's own
    // scroll on focus would push a cell wider than the room beside that column back under it.
    input.focus({ preventScroll: true });
    showBottom(input);
    // Typing a character over a cell replaces its content with that character.
    if (props.replace && props.column.type !== 'choice') apply(props.initial);
    if (input instanceof HTMLSelectElement) return;
    const end = input.value.length;
    input.setSelectionRange(end, end);
  });

  // Our caret is published after the write it may point into, so the others can place it.
  const publishCaret = () => {
    if (!props.textPresence || !(input instanceof HTMLTextAreaElement)) return;
    props.textPresence.publish(input.selectionStart, input.selectionEnd);
  };
  onCleanup(() => props.textPresence?.clear());
  let mirror: HTMLDivElement | undefined;

  const apply = (value: string) => {
    setText(value);
    const parsed = parseCellInput(value, props.column, { locale: locale(), today: props.today });
    if (!parsed.ok) {
      // The plan keeps the last value that fitted.
      setBad(true);
      return;
    }
    // Written in the keystroke's own input event: the browser quitting or dying a moment later
    // finds it already committed to the database. (Writing after the next frame saved ~1 ms a
    // keystroke, but a quit under load then lost the last characters.)
    setBad(!props.write(parsed.value, value));
  };

  const finish = (how: EditorExit) => {
    if (how !== 'cancel' && bad()) return;
    props.onExit(how);
  };

  const leave = () => {
    props.onExit('blur');
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const multiline = props.column.type === 'longText';
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      finish('cancel');
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.stopPropagation();
      finish(event.shiftKey ? 'up' : 'down');
    } else if (event.key === 'Tab') {
      event.preventDefault();
      event.stopPropagation();
      finish(event.shiftKey ? 'left' : 'right');
    } else {
      // Keys inside the editor are the editor's, not the grid's (arrows move the caret).
      event.stopPropagation();
    }
  };

  const listId = `people-${props.column.id}`;
  const errorText = () => {
    if (!bad()) return '';
    // A number outside the column's range (a MITI global score of 6) says what is allowed.
    const range = refusedRange(text(), props.column, locale());
    if (!range) return t('valueRefused', { value: text(), type: t(`type_${props.column.type}`) });
    const words = rangeWords(range);
    return t('valueOutOfRange', { value: text(), range: t(words.key, words.params) });
  };

  return (
    <div class="geditor" classList={{ 'geditor--multiline': props.column.type === 'longText' }}>
      <Show
        when={props.column.type === 'choice'}
        fallback={
          <Show
            when={props.column.type === 'longText'}
            fallback={
              <input
                ref={(el) => (input = el)}
                class="geditor__input"
                value={text()}
                inputMode={
                  props.column.type === 'number' || props.column.type === 'progress'
                    ? 'decimal'
                    : undefined
                }
                list={props.column.type === 'person' ? listId : undefined}
                aria-label={props.column.name}
                aria-invalid={bad()}
                aria-describedby={bad() ? 'geditor-error' : undefined}
                onInput={(e) => apply(e.currentTarget.value)}
                onKeyDown={onKeyDown}
                onBlur={leave}
              />
            }
          >
            <textarea
              ref={(el) => (input = el)}
              class="geditor__input geditor__textarea"
              value={text()}
              aria-label={props.column.name}
              onInput={(e) => {
                apply(e.currentTarget.value);
                publishCaret();
              }}
              onKeyDown={onKeyDown}
              onKeyUp={publishCaret}
              onMouseUp={publishCaret}
              onFocus={publishCaret}
              onScroll={(e) => {
                if (mirror) mirror.scrollTop = e.currentTarget.scrollTop;
              }}
              onBlur={leave}
            />
            <Show when={props.textPresence?.carets().length}>
              <RemoteCarets
                text={text()}
                carets={props.textPresence?.carets() ?? []}
                ref={(el) => (mirror = el)}
              />
            </Show>
          </Show>
        }
      >
        <select
          ref={(el) => (input = el)}
          class="geditor__input"
          aria-label={props.column.name}
          onChange={(e) => {
            apply(e.currentTarget.value);
            // A pick with the mouse is done; arrows only browse until Enter or Tab.
            if (!browsingByKey) finish('stay');
            browsingByKey = false;
          }}
          onKeyDown={(e) => {
            browsingByKey = e.key.startsWith('Arrow') || e.key.length === 1;
            onKeyDown(e);
          }}
          onBlur={leave}
        >
          <option value="" />
          <For each={props.column.options}>
            {(option) => (
              <option value={option.id} selected={option.label === props.initial}>
                {option.label}
              </option>
            )}
          </For>
        </select>
      </Show>
      <Show when={props.column.type === 'date'}>
        <input
          ref={(el) => (datePicker = el)}
          type="date"
          class="geditor__date"
          tabIndex={-1}
          aria-label={t('pickDate')}
          onMouseDown={(e) => e.preventDefault()}
          onChange={(e) => {
            if (e.currentTarget.value) {
              apply(e.currentTarget.value);
              finish('stay');
            }
          }}
        />
        <button
          type="button"
          class="geditor__pick"
          tabIndex={-1}
          aria-label={t('pickDate')}
          onMouseDown={(e) => {
            e.preventDefault();
            datePicker?.showPicker();
          }}
        >
          <svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14">
            <rect
              x="1.5"
              y="2.5"
              width="11"
              height="10"
              rx="1.5"
              fill="none"
              stroke="currentColor"
            />
            <path d="M1.5 5.5h11M4.5 1v3M9.5 1v3" stroke="currentColor" />
          </svg>
        </button>
      </Show>
      <Show when={props.column.type === 'person'}>
        <datalist id={listId}>
          <For each={props.people}>{(name) => <option value={name} />}</For>
        </datalist>
      </Show>
      <Show when={bad()}>
        <div id="geditor-error" class="geditor__error" role="alert">
          {errorText()}
        </div>
      </Show>
    </div>
  );
}

/**
 * The others' carets over the text area: a copy of its text, laid out the same way but
 * invisible, with a coloured mark (and the member's name) at each caret.
 */
function RemoteCarets(props: {
  text: string;
  carets: RemoteCaret[];
  ref: (el: HTMLDivElement) => void;
}) {
  const pieces = () => {
    const sorted = [...props.carets].sort((a, b) => a.index - b.index);
    const out: { text: string; caret: RemoteCaret | null }[] = [];
    let from = 0;
    for (const caret of sorted) {
      const at = Math.max(from, Math.min(caret.index, props.text.length));
      out.push({ text: props.text.slice(from, at), caret });
      from = at;
    }
    out.push({ text: props.text.slice(from), caret: null });
    return out;
  };
  return (
    <div class="geditor__carets" aria-hidden="true" ref={(el) => props.ref(el)}>
      <For each={pieces()}>
        {(piece) => (
          <>
            {piece.text}
            <Show when={piece.caret}>
              {(caret) => (
                <span
                  class="geditor__caret"
                  style={{ '--peer-colour': caret().colour }}
                  data-peer={caret().name}
                />
              )}
            </Show>
          </>
        )}
      </For>
    </div>
  );
}

/** Scrolls the grid down just enough to show an editor taller than the room below its cell. */
function showBottom(editor: HTMLElement): void {
  const scroller = editor.closest('.grid-scroller');
  if (!scroller) return;
  const over =
    editor.getBoundingClientRect().bottom -
    (scroller.getBoundingClientRect().top + scroller.clientHeight);
  if (over > 0) scroller.scrollTop += over;
}

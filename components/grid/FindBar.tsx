import { onMount } from 'solid-js';
import { useI18n } from '../app/services';

/** Find in the sheet: Enter goes to the next match, Shift+Enter to the previous, Esc closes. */
export function FindBar(props: {
  query: string;
  index: number;
  count: number;
  onQuery: (query: string) => void;
  onNext: () => void;
  onPrevious: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  let input!: HTMLInputElement;
  onMount(() => input.focus());
  return (
    <div class="find-bar" role="search">
      <input
        ref={input}
        class="input find-bar__input"
        type="search"
        aria-label={t('findInSheet')}
        placeholder={t('findInSheet')}
        value={props.query}
        onInput={(e) => props.onQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (e.shiftKey) props.onPrevious();
            else props.onNext();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            props.onClose();
          }
        }}
      />
      <span class="muted find-bar__count" role="status">
        {props.query === ''
          ? ''
          : props.count === 0
            ? t('findNone')
            : t('findCount', {
                index: props.index >= 0 ? props.index + 1 : '–',
                count: props.count,
              })}
      </span>
      <button
        type="button"
        class="button button--icon button--small"
        aria-label={t('findPrevious')}
        onClick={() => props.onPrevious()}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        class="button button--icon button--small"
        aria-label={t('findNext')}
        onClick={() => props.onNext()}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <button
        type="button"
        class="button button--icon button--small"
        aria-label={t('close')}
        onClick={() => props.onClose()}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

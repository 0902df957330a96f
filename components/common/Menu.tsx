import { For, onCleanup, onMount } from 'solid-js';

export interface MenuItem<T extends string> {
  id: T;
  label: string;
  disabled?: boolean;
  /** Shortcut shown beside the label, e.g. "Alt+↑". */
  hint?: string;
}

/** A popup menu at a screen position: arrow keys move, Enter picks, Esc or a click outside closes. */
export function Menu<T extends string>(props: {
  label: string;
  items: readonly MenuItem<T>[];
  x: number;
  y: number;
  onSelect: (id: T) => void;
  onClose: () => void;
}) {
  let list!: HTMLDivElement;
  const buttons = () => [
    ...list.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)'),
  ];
  onMount(() => {
    buttons()[0]?.focus();
    const onDown = (e: MouseEvent) => {
      if (!list.contains(e.target as Node)) props.onClose();
    };
    document.addEventListener('mousedown', onDown, true);
    onCleanup(() => document.removeEventListener('mousedown', onDown, true));
  });
  const onKeyDown = (event: KeyboardEvent) => {
    const all = buttons();
    const index = all.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      all[(index + step + all.length) % all.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      (event.key === 'Home' ? all[0] : all.at(-1))?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      props.onClose();
    }
    event.stopPropagation();
  };
  // Keep the menu on screen in a narrow side panel.
  const left = () => Math.max(4, Math.min(props.x, window.innerWidth - 220));
  const top = () =>
    Math.max(4, Math.min(props.y, window.innerHeight - props.items.length * 34 - 12));
  return (
    <div
      ref={list}
      class="menu"
      role="menu"
      aria-label={props.label}
      style={{ left: `${left()}px`, top: `${top()}px` }}
      onKeyDown={onKeyDown}
    >
      <For each={props.items}>
        {(item) => (
          <button
            type="button"
            role="menuitem"
            class="menu__item"
            disabled={item.disabled}
            onClick={() => props.onSelect(item.id)}
          >
            <span>{item.label}</span>
            {item.hint ? <span class="menu__hint">{item.hint}</span> : null}
          </button>
        )}
      </For>
    </div>
  );
}

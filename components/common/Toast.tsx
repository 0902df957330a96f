import { onCleanup, onMount, Show } from 'solid-js';

/** A short message at the bottom with an optional action (such as Undo); it leaves after a while. */
export function Toast(props: {
  message: string;
  actionLabel?: string;
  onAction?: () => void;
  onDismiss: () => void;
  timeoutMs?: number;
}) {
  onMount(() => {
    const timer = setTimeout(() => props.onDismiss(), props.timeoutMs ?? 8000);
    onCleanup(() => clearTimeout(timer));
  });
  return (
    <div class="toast" role="status">
      <span>{props.message}</span>
      <Show when={props.actionLabel && props.onAction}>
        <button
          type="button"
          class="button button--small toast__action"
          onClick={() => {
            props.onAction?.();
            props.onDismiss();
          }}
        >
          {props.actionLabel}
        </button>
      </Show>
    </div>
  );
}

import { onMount, type JSX } from 'solid-js';

/** A modal dialog shown on mount; Esc asks to close through `onCancel`, which decides. */
export function Modal(props: {
  labelledBy: string;
  onCancel: () => void;
  /** Focuses the first field on opening (forms); otherwise the browser focuses the first button. */
  focusFirstField?: boolean;
  children: JSX.Element;
}) {
  let dialog!: HTMLDialogElement;
  onMount(() => {
    dialog.showModal();
    if (props.focusFirstField)
      dialog.querySelector<HTMLElement>('input, select, textarea')?.focus();
  });
  return (
    <dialog
      ref={dialog}
      class="dialog"
      aria-labelledby={props.labelledBy}
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      {props.children}
    </dialog>
  );
}

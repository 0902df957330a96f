import { onMount, type JSX } from 'solid-js';
import { useI18n } from '../app/services';

/** A modal question with a confirm and a cancel button; Esc cancels. */
export function ConfirmDialog(props: {
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  children?: JSX.Element;
}) {
  const { t } = useI18n();
  let dialog!: HTMLDialogElement;
  onMount(() => dialog.showModal());
  return (
    <dialog
      ref={dialog}
      class="dialog"
      aria-labelledby="confirm-message"
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <p id="confirm-message">{props.message}</p>
      <div class="dialog__actions">
        <button type="button" class="button" onClick={() => props.onCancel()}>
          {t('cancel')}
        </button>
        <button type="button" class="button button--danger" onClick={() => props.onConfirm()}>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

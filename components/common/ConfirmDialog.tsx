import type { JSX } from 'solid-js';
import { Modal } from './Modal';
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
  return (
    <Modal labelledBy="confirm-message" onCancel={() => props.onCancel()}>
      <p id="confirm-message">{props.message}</p>
      <div class="dialog__actions">
        <button type="button" class="button" onClick={() => props.onCancel()}>
          {t('cancel')}
        </button>
        <button type="button" class="button button--danger" onClick={() => props.onConfirm()}>
          {props.confirmLabel}
        </button>
      </div>
    </Modal>
  );
}

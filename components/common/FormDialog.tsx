import type { JSX } from 'solid-js';
import { Modal } from './Modal';
import { useI18n } from '../app/services';

/** A modal form: its fields as children, a submit and a cancel button; Esc cancels. */
export function FormDialog(props: {
  title: string;
  submitLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: JSX.Element;
}) {
  const { t } = useI18n();
  return (
    <Modal labelledBy="form-dialog-title" focusFirstField onCancel={() => props.onCancel()}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit();
        }}
      >
        <h2 id="form-dialog-title" class="dialog__title">
          {props.title}
        </h2>
        {props.children}
        <div class="dialog__actions">
          <button type="button" class="button" onClick={() => props.onCancel()}>
            {t('cancel')}
          </button>
          <button type="submit" class="button button--primary">
            {props.submitLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}

import { For } from 'solid-js';
import { Modal } from '../common/Modal';
import type { PasteProblem } from '@/lib/grid/types';
import { useI18n } from '../app/services';

const SHOWN = 12;

/** Why a paste was refused: every value that does not fit, with its row and column. */
export function PasteProblems(props: { problems: readonly PasteProblem[]; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal labelledBy="paste-problems-title" onCancel={() => props.onClose()}>
      <h2 id="paste-problems-title" class="dialog__title">
        {t('pasteRefused', { count: props.problems.length })}
      </h2>
      <ul class="problem-list">
        <For each={props.problems.slice(0, SHOWN)}>
          {(p) => <li>{t('pasteProblem', { row: p.row, column: p.columnName, text: p.text })}</li>}
        </For>
        {props.problems.length > SHOWN ? <li>…</li> : null}
      </ul>
      <p class="muted">{t('fixAndRetry')}</p>
      <div class="dialog__actions">
        <button type="button" class="button button--primary" onClick={() => props.onClose()}>
          {t('close')}
        </button>
      </div>
    </Modal>
  );
}

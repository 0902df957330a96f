import { createMemo, Match, Switch, type JSX } from 'solid-js';
import type { PlanView } from '@/lib/reactive/create-plan-view';
import { useI18n } from '../app/services';
import { CodingSummary } from '../coding/CodingSummary';
import { ReadinessPanel } from '../readiness/ReadinessPanel';
import './sheet-side.css';

/**
 * A sheet with what Forankra computes from it beside it (under it in the side panel): the
 * Coding sheet's MITI summary, the Readiness sheet's rounds compared. Other sheets are as is.
 */
export function SheetWithPanel(props: {
  view: PlanView;
  sheetId: string;
  readOnly: boolean;
  children: JSX.Element;
}) {
  const { t } = useI18n();
  const kind = createMemo(() => props.view.sheets().find((s) => s.id === props.sheetId)?.kind);
  return (
    <div
      class="sheet-area"
      classList={{ 'sheet-area--side': kind() === 'coding' || kind() === 'readiness' }}
    >
      {props.children}
      <Switch>
        <Match when={kind() === 'coding'}>
          <details class="sheet-side" open>
            <summary class="sheet-side__toggle">{t('sheetSummary')}</summary>
            <CodingSummary view={props.view} sheetId={props.sheetId} />
          </details>
        </Match>
        <Match when={kind() === 'readiness'}>
          <details class="sheet-side" open>
            <summary class="sheet-side__toggle">{t('sheetSummary')}</summary>
            <ReadinessPanel view={props.view} sheetId={props.sheetId} readOnly={props.readOnly} />
          </details>
        </Match>
      </Switch>
    </div>
  );
}

import { createMemo, createSignal, Match, Show, Switch, type JSX } from 'solid-js';
import type { PlanView } from '@/lib/reactive/create-plan-view';
import { useI18n } from '../app/services';
import { CodingSummary } from '../coding/CodingSummary';
import { IndicatorsPanel } from '../indicators/IndicatorsPanel';
import { MeetingPanel } from '../meetings/MeetingPanel';
import { ReadinessPanel } from '../readiness/ReadinessPanel';
import './sheet-side.css';

/**
 * A sheet with what Forankra computes from it beside it (under it in the side panel): the
 * Coding sheet's MITI summary, the Readiness sheet's rounds compared, the Indicators sheet's
 * figures against targets with the counted ones filled in, a meeting's action items and the
 * plan's changes since it. Other sheets are as is.
 */
export function SheetWithPanel(props: {
  view: PlanView;
  sheetId: string;
  readOnly: boolean;
  children: JSX.Element;
}) {
  const { t } = useI18n();
  const kind = createMemo(() => props.view.sheets().find((s) => s.id === props.sheetId)?.kind);
  const hasSide = () =>
    kind() === 'coding' ||
    kind() === 'readiness' ||
    kind() === 'indicators' ||
    kind() === 'meetings';
  // Folding the summary away gives the grid the whole height in the narrow side panel.
  const [open, setOpen] = createSignal(true);
  return (
    <div
      class="sheet-area"
      classList={{ 'sheet-area--side': hasSide(), 'sheet-area--folded': hasSide() && !open() }}
    >
      {props.children}
      <Show when={hasSide()}>
        <section class="sheet-side" aria-labelledby="sheet-side-toggle">
          <button
            id="sheet-side-toggle"
            type="button"
            class="sheet-side__toggle"
            aria-expanded={open()}
            aria-controls="sheet-side-body"
            onClick={() => setOpen((o) => !o)}
          >
            <span aria-hidden="true">{open() ? '▾' : '▸'}</span> {t('sheetSummary')}
          </button>
          <div id="sheet-side-body" hidden={!open()}>
            <Switch>
              <Match when={kind() === 'coding'}>
                <CodingSummary view={props.view} sheetId={props.sheetId} />
              </Match>
              <Match when={kind() === 'indicators'}>
                <IndicatorsPanel view={props.view} />
              </Match>
              <Match when={kind() === 'meetings'}>
                <MeetingPanel view={props.view} sheetId={props.sheetId} readOnly={props.readOnly} />
              </Match>
              <Match when={kind() === 'readiness'}>
                <ReadinessPanel
                  view={props.view}
                  sheetId={props.sheetId}
                  readOnly={props.readOnly}
                />
              </Match>
            </Switch>
          </div>
        </section>
      </Show>
    </div>
  );
}

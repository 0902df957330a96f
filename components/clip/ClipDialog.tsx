import { createResource, createSignal, For, Show } from 'solid-js';
import { clipSource, type Clip, type ClipKind } from '@/lib/clip/clip';
import { useI18n, useServices } from '../app/services';
import { FormDialog } from '../common/FormDialog';

/** The form "Add to plan" opens in the side panel: which plan and sheet, and how the clip goes in. */
export function ClipDialog(props: {
  clip: Clip;
  /** The plan the panel shows, offered first. */
  currentPlanId: string | null;
  onAdded: (planId: string, sheetId: string) => void;
  onCancel: () => void;
}) {
  const services = useServices();
  const { t } = useI18n();
  const [plans] = createResource(async () => (await services.directory.list()).plans);
  const [chosenPlan, setChosenPlan] = createSignal<string | null>(null);
  const planId = () => {
    const list = plans() ?? [];
    const wanted = chosenPlan() ?? props.currentPlanId;
    return list.find((p) => p.id === wanted)?.id ?? list[0]?.id ?? null;
  };
  const [sheets] = createResource(planId, async (id) =>
    ((await services.clips?.sheets(id)) ?? []).filter((s) => s.deletedAt === null),
  );
  const [chosenSheet, setChosenSheet] = createSignal<string | null>(null);
  const sheetId = () => {
    const list = sheets() ?? [];
    return (
      list.find((s) => s.id === chosenSheet())?.id ??
      list.find((s) => s.kind === 'plan')?.id ??
      list[0]?.id ??
      null
    );
  };
  const [kind, setKind] = createSignal<ClipKind>('activity');
  // Editable: a selection often carries more than the member wants in the row.
  // eslint-disable-next-line solid/reactivity -- the initial text; the field is the member's from then on
  const [text, setText] = createSignal(props.clip.text);
  const [problem, setProblem] = createSignal('');

  const submit = async () => {
    const plan = planId();
    const sheet = sheetId();
    const clips = services.clips;
    if (!plan || !sheet || !clips || text().trim() === '') return;
    try {
      await clips.add(plan, sheet, { ...props.clip, text: text().trim() }, kind());
      props.onAdded(plan, sheet);
    } catch (cause) {
      setProblem(
        t('clipFailed', { reason: cause instanceof Error ? cause.message : String(cause) }),
      );
    }
  };

  return (
    <FormDialog
      title={t('clipTitle')}
      submitLabel={t('clipAdd')}
      onSubmit={() => void submit()}
      onCancel={() => props.onCancel()}
    >
      <Show
        when={(plans() ?? []).length > 0 || plans.loading}
        fallback={<p class="banner">{t('clipNoPlans')}</p>}
      >
        <div class="field">
          <label class="field__label" for="clip-plan">
            {t('clipPlan')}
          </label>
          <select
            id="clip-plan"
            class="input"
            value={planId() ?? ''}
            onChange={(e) => {
              setChosenPlan(e.currentTarget.value);
              setChosenSheet(null);
            }}
          >
            <For each={plans()}>{(plan) => <option value={plan.id}>{plan.title}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="clip-sheet">
            {t('clipSheet')}
          </label>
          <select
            id="clip-sheet"
            class="input"
            value={sheetId() ?? ''}
            onChange={(e) => setChosenSheet(e.currentTarget.value)}
          >
            <For each={sheets()}>{(sheet) => <option value={sheet.id}>{sheet.name}</option>}</For>
          </select>
        </div>
      </Show>
      <fieldset class="field">
        <legend class="field__label">{t('clipAs')}</legend>
        <label class="field--inline">
          <input
            type="radio"
            name="clip-kind"
            checked={kind() === 'activity'}
            onChange={() => setKind('activity')}
          />{' '}
          {t('clipAsActivity')}
        </label>
        <label class="field--inline">
          <input
            type="radio"
            name="clip-kind"
            checked={kind() === 'note'}
            onChange={() => setKind('note')}
          />{' '}
          {t('clipAsNote')}
        </label>
      </fieldset>
      <label class="field">
        <span class="field__label">{t('clipText')}</span>
        <textarea
          class="input"
          rows={4}
          value={text()}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <div class="field">
        <span class="field__label">{t('clipFrom')}</span>
        <p class="field__help clip__source">{clipSource(props.clip)}</p>
      </div>
      <p class="error" role="alert">
        {problem()}
      </p>
    </FormDialog>
  );
}

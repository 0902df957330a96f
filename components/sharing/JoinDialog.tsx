import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { relaysNotAllowed } from '@/lib/browser/managed-policy';
import { missingRelays } from '@/lib/sync/connection-settings';
import { inviteProblemMessage, readInvite } from '@/lib/sync/invite-code';
import { joinPlan } from '@/lib/sync/join-plan';
import { useI18n, useServices, useSettings } from '../app/services';
import { FormDialog } from '../common/FormDialog';
import './sharing.css';

/** Paste an invite code, confirm the name the others will see, and the plan opens. */
export function JoinDialog(props: { onJoined: (planId: string) => void; onCancel: () => void }) {
  const services = useServices();
  const { t } = useI18n();
  const { settings, update, managed } = useSettings();
  const [text, setText] = createSignal('');
  const [name, setName] = createSignal(settings().displayName);
  const [submitted, setSubmitted] = createSignal(false);
  const [failure, setFailure] = createSignal('');
  const [busy, setBusy] = createSignal(false);

  const read = createMemo(() => (text().trim() === '' ? null : readInvite(text())));
  const invite = () => {
    const result = read();
    return result?.ok ? result.invite : null;
  };
  const [known] = createResource(
    () => invite()?.planId,
    async (planId) => (await services.directory.get(planId)) !== undefined,
  );
  const newRelays = () => missingRelays(settings().relays, invite()?.relays ?? []);

  const problem = () => {
    const result = read();
    if (result === null) return submitted() ? t('joinPasteFirst') : '';
    if (result.ok) {
      // The organisation allows only its own relays: an invite through another is refused.
      const refused = relaysNotAllowed(managed(), result.invite.relays)[0];
      if (refused !== undefined) return t('joinRelayNotApproved', { relay: refused });
      return failure();
    }
    return t(inviteProblemMessage(result.problem), {
      relay: result.problem === 'badRelay' ? result.relay : '',
    });
  };

  const submit = async () => {
    setSubmitted(true);
    const current = invite();
    if (!current || busy()) return;
    if (relaysNotAllowed(managed(), current.relays).length > 0) return;
    setBusy(true);
    try {
      const joined = await joinPlan(current, {
        directory: services.directory,
        shares: services.shares,
        relays: settings().relays,
        now: services.now(),
      });
      if (!joined.ok) {
        setFailure(t(inviteProblemMessage(joined.problem)));
        return;
      }
      update({ ...settings(), displayName: name().trim(), relays: joined.relays });
      props.onJoined(joined.planId);
    } catch (cause) {
      setFailure(
        t('joinFailed', { reason: cause instanceof Error ? cause.message : String(cause) }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      title={t('joinTitle')}
      submitLabel={t('joinAction')}
      onSubmit={() => void submit()}
      onCancel={() => props.onCancel()}
    >
      <div class="field">
        <label class="field__label" for="join-code">
          {t('inviteCode')}
        </label>
        <textarea
          id="join-code"
          class="input share__code join__code"
          rows={4}
          spellcheck={false}
          autocomplete="off"
          value={text()}
          aria-invalid={problem() !== ''}
          aria-describedby="join-code-help join-problem"
          onInput={(e) => {
            setText(e.currentTarget.value);
            setFailure('');
          }}
        />
        <span id="join-code-help" class="field__help">
          {t('inviteCodeHelp')}
        </span>
      </div>
      <p id="join-problem" class="error join__problem" role="alert">
        {problem()}
      </p>
      <Show when={invite()}>
        {(current) => (
          <div class="join__preview" role="status">
            <p>
              <strong>{t('joinPlanTitle', { title: current().planTitle })}</strong>
            </p>
            <Show when={known()}>
              <p>{t('joinAlreadyHere')}</p>
            </Show>
            <For each={newRelays()}>{(relay) => <p>{t('joinRelayAdded', { relay })}</p>}</For>
            <Show when={current().relays.length === 0}>
              <p>{t('joinNoRelay')}</p>
            </Show>
          </div>
        )}
      </Show>
      <div class="field">
        <label class="field__label" for="join-name">
          {t('yourName')}
        </label>
        <input
          id="join-name"
          class="input"
          value={name()}
          autocomplete="name"
          aria-describedby="join-name-help"
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <span id="join-name-help" class="field__help">
          {t('joinNameHelp')}
        </span>
      </div>
    </FormDialog>
  );
}

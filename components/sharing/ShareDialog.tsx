import {
  createMemo,
  createResource,
  createSignal,
  For,
  Match,
  onMount,
  Show,
  Switch,
} from 'solid-js';
import { formatDateTime } from '@/lib/i18n/format';
import { relaysInUse, shareInviteCode, type ShareRecord } from '@/lib/sync/share-record';
import { useI18n, useServices, useSettings } from '../app/services';
import { Modal } from '../common/Modal';
import './sharing.css';

/**
 * The plan's invite code to copy, the relays it names and "new secret"; for a plan not shared
 * yet, a fresh room and secret. Without any relay, it explains and leads to the settings.
 */
export function ShareDialog(props: { planId: string; title: string; onClose: () => void }) {
  const services = useServices();
  const { t } = useI18n();
  const { settings, openSettings } = useSettings();
  const [confirming, setConfirming] = createSignal(false);
  const [notice, setNotice] = createSignal('');
  const [record, { mutate }] = createResource((): Promise<ShareRecord | null> =>
    services.shares.start(props.planId, settings().relays, services.now()),
  );

  const rotate = async () => {
    const next = await services.shares.rotate(props.planId, services.now());
    mutate(next);
    setConfirming(false);
    setNotice(t('newSecretDone'));
  };

  return (
    <Modal
      labelledBy="share-title"
      onCancel={() => (confirming() ? setConfirming(false) : props.onClose())}
    >
      <Switch fallback={<p class="muted">…</p>}>
        <Match when={record.state === 'ready' && record() === null}>
          <NeedsRelay
            title={props.title}
            onClose={() => props.onClose()}
            onOpenSettings={() => {
              props.onClose();
              openSettings();
            }}
          />
        </Match>
        <Match when={confirming()}>
          <ConfirmNewSecret onConfirm={() => void rotate()} onCancel={() => setConfirming(false)} />
        </Match>
        <Match when={record.state === 'ready' && record()}>
          {(current) => (
            <InviteCode
              planId={props.planId}
              title={props.title}
              record={current()}
              notice={notice()}
              onNewSecret={() => {
                setNotice('');
                setConfirming(true);
              }}
              onClose={() => props.onClose()}
            />
          )}
        </Match>
      </Switch>
    </Modal>
  );
}

function NeedsRelay(props: { title: string; onClose: () => void; onOpenSettings: () => void }) {
  const { t } = useI18n();
  let settingsButton!: HTMLButtonElement;
  onMount(() => settingsButton.focus());
  return (
    <>
      <h2 id="share-title" class="dialog__title">
        {t('shareTitle', { title: props.title })}
      </h2>
      <p>{t('shareNeedsRelay')}</p>
      <p class="muted">{t('shareByFile')}</p>
      <div class="dialog__actions">
        <button type="button" class="button" onClick={() => props.onClose()}>
          {t('close')}
        </button>
        <button
          ref={settingsButton}
          type="button"
          class="button button--primary"
          onClick={() => props.onOpenSettings()}
        >
          {t('openSettings')}
        </button>
      </div>
    </>
  );
}

function InviteCode(props: {
  planId: string;
  title: string;
  record: ShareRecord;
  notice: string;
  onNewSecret: () => void;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const { settings } = useSettings();
  const [copyStatus, setCopyStatus] = createSignal('');
  let codeField!: HTMLTextAreaElement;
  let copyButton!: HTMLButtonElement;
  onMount(() => copyButton.focus());

  const relays = createMemo(() => relaysInUse(props.record, settings().relays));
  const code = createMemo(() => {
    const made = shareInviteCode(props.planId, props.title, props.record, settings().relays);
    // Relays in records and settings are checked when stored, so this holds; a code naming
    // something else would be worse than none.
    return made.ok ? made.code : '';
  });

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code());
      setCopyStatus(t('copied'));
    } catch {
      // The clipboard may be refused (no focus, a policy): leave the code selected for Ctrl+C.
      codeField.focus();
      codeField.select();
      setCopyStatus(t('copyFailed'));
    }
  };

  return (
    <>
      <h2 id="share-title" class="dialog__title">
        {t('shareTitle', { title: props.title })}
      </h2>
      <Show when={props.notice}>
        <p class="share__notice" role="status">
          {props.notice}
        </p>
      </Show>
      <p class="share__warning" id="share-warning">
        {t('shareCodeIsKey')}
      </p>
      <label class="field">
        <span class="field__label">{t('inviteCode')}</span>
        <textarea
          ref={codeField}
          class="input share__code"
          readOnly
          rows={8}
          spellcheck={false}
          aria-describedby="share-warning"
          value={code()}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <div class="share__copy">
        <button
          ref={copyButton}
          type="button"
          class="button button--primary"
          onClick={() => void copy()}
        >
          {t('copyCode')}
        </button>
        <span class="share__copy-status" role="status">
          {copyStatus()}
        </span>
      </div>
      <p class="share__relays-label" id="share-relays">
        {t('shareRelays')}
      </p>
      <Show when={relays().length > 0} fallback={<p class="muted">{t('joinNoRelay')}</p>}>
        <ul class="share__relays" aria-labelledby="share-relays">
          <For each={relays()}>
            {(relay) => (
              <li>
                <code>{relay}</code>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <p class="muted share__since">
        {t('shareSince', { date: formatDateTime(props.record.since, locale()) })}
      </p>
      <div class="dialog__actions dialog__actions--split">
        <button
          type="button"
          class="button button--quiet-danger"
          onClick={() => props.onNewSecret()}
        >
          {t('newSecret')}
        </button>
        <button type="button" class="button" onClick={() => props.onClose()}>
          {t('close')}
        </button>
      </div>
    </>
  );
}

function ConfirmNewSecret(props: { onConfirm: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  let cancelButton!: HTMLButtonElement;
  // The safe choice has the focus: Enter alone does not revoke anyone.
  onMount(() => cancelButton.focus());
  return (
    <>
      <h2 id="share-title" class="dialog__title">
        {t('newSecretTitle')}
      </h2>
      <ul class="confirm-list">
        <li>{t('newSecretWhat')}</li>
        <li>{t('newSecretCannot')}</li>
        <li>
          <strong>{t('newSecretEveryone')}</strong>
        </li>
      </ul>
      <div class="dialog__actions">
        <button ref={cancelButton} type="button" class="button" onClick={() => props.onCancel()}>
          {t('cancel')}
        </button>
        <button type="button" class="button button--danger" onClick={() => props.onConfirm()}>
          {t('newSecretConfirm')}
        </button>
      </div>
    </>
  );
}

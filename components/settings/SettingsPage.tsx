import { createSignal, For, Show } from 'solid-js';
import { relayAllowed } from '@/lib/browser/managed-policy';
import { isLocale, LOCALE_NAMES, LOCALES, matchLocale } from '@/lib/i18n/locales';
import {
  addIceServer,
  addRelay,
  MAX_ICE_SERVERS,
  MAX_RELAYS,
  MEMBER_COLOURS,
  memberColourHex,
  missingRelays,
  networkProblemMessage,
  type IceServer,
} from '@/lib/sync/connection-settings';
import { useI18n, useServices, useSettings } from '../app/services';
import { ReminderSection } from './ReminderSection';
import '../sharing/sharing.css';

/** The member's name, colour and language, and the relays and STUN/TURN servers this browser uses. */
export function SettingsPage(props: { onBack: () => void }) {
  const { t } = useI18n();
  const { settings, update, managed } = useSettings();
  const services = useServices();
  const browserLocale = () => matchLocale(services.browserLanguage);
  const colourName = () => t(`colour_${settings().colour}`);

  return (
    <main class="page settings">
      <header class="page__header settings__header">
        <button type="button" class="button button--quiet" onClick={() => props.onBack()}>
          <span aria-hidden="true">←</span> {t('back')}
        </button>
        <h1 class="settings__title">{t('settings')}</h1>
      </header>

      <section class="card settings__section" aria-labelledby="settings-profile">
        <h2 id="settings-profile">{t('settingsProfile')}</h2>
        <div class="field">
          <label class="field__label" for="settings-name">
            {t('yourName')}
          </label>
          <input
            id="settings-name"
            class="input"
            value={settings().displayName}
            autocomplete="name"
            aria-describedby="settings-name-help"
            onChange={(e) => update({ ...settings(), displayName: e.currentTarget.value.trim() })}
          />
          <span id="settings-name-help" class="field__help">
            {t('joinNameHelp')}
          </span>
        </div>
        <fieldset class="field colour-picker" aria-describedby="settings-colour-help">
          <legend class="field__label">{t('memberColour')}</legend>
          <div class="colour-picker__swatches">
            <For each={MEMBER_COLOURS}>
              {(colour) => (
                <label class="swatch" title={t(`colour_${colour.id}`)}>
                  <input
                    class="swatch__input"
                    type="radio"
                    name="member-colour"
                    value={colour.id}
                    checked={settings().colour === colour.id}
                    onChange={() => update({ ...settings(), colour: colour.id })}
                  />
                  <span
                    class="swatch__dot"
                    style={{ 'background-color': colour.hex }}
                    aria-hidden="true"
                  />
                  <span class="visually-hidden">{t(`colour_${colour.id}`)}</span>
                </label>
              )}
            </For>
          </div>
          <p class="colour-picker__preview">
            <span
              class="member-chip"
              style={{ 'background-color': memberColourHex(settings().colour) }}
            >
              {settings().displayName || t('anonymous')}
            </span>
            <span class="muted">{colourName()}</span>
          </p>
          <span id="settings-colour-help" class="field__help">
            {t('memberColourHelp')}
          </span>
        </fieldset>
        <label class="field">
          <span class="field__label">{t('language')}</span>
          <select
            class="input"
            disabled={managed().language !== undefined}
            aria-describedby="settings-language-managed"
            value={settings().language}
            onChange={(e) => {
              const value = e.currentTarget.value;
              update({ ...settings(), language: isLocale(value) ? value : 'auto' });
            }}
          >
            <option value="auto">
              {t('languageAuto', { language: LOCALE_NAMES[browserLocale()] })}
            </option>
            <For each={LOCALES}>
              {(locale) => (
                <option value={locale} lang={locale}>
                  {LOCALE_NAMES[locale]}
                </option>
              )}
            </For>
          </select>
          <Show when={managed().language}>
            <ManagedNote id="settings-language-managed" />
          </Show>
        </label>
      </section>

      <ReminderSection />
      <RelaySection />
      <IceServerSection />
    </main>
  );
}

/** The mark on a setting the organisation presets through managed storage. */
function ManagedNote(props: { id?: string }) {
  const { t } = useI18n();
  return (
    <span id={props.id} class="field__help managed-note">
      {t('setByOrganisation')}
    </span>
  );
}

function RelaySection() {
  const { t } = useI18n();
  const { settings, update, managed } = useSettings();
  const isManagedRelay = (relay: string) =>
    missingRelays(managed().relays ?? [], [relay]).length === 0;
  const [address, setAddress] = createSignal('');
  const [problem, setProblem] = createSignal('');

  const add = () => {
    if (!relayAllowed(managed(), address().trim())) {
      setProblem(t('relayNotApproved', { relay: address().trim() }));
      return;
    }
    const result = addRelay(settings().relays, address());
    if (!result.ok) {
      setProblem(
        t(networkProblemMessage(result.problem), { relay: address().trim(), max: MAX_RELAYS }),
      );
      return;
    }
    setProblem('');
    setAddress('');
    update({ ...settings(), relays: result.relays });
  };

  return (
    <section class="card settings__section" aria-labelledby="settings-relays">
      <h2 id="settings-relays">{t('relaysHeading')}</h2>
      <p class="field__help">{t('relaysHelp')}</p>
      <Show when={managed().allowOtherRelays === false}>
        <p class="field__help">{t('relaysOnlyManaged')}</p>
      </Show>
      <Show
        when={settings().relays.length > 0}
        fallback={<p class="settings__empty">{t('relaysNone')}</p>}
      >
        <ul class="address-list" aria-labelledby="settings-relays">
          <For each={settings().relays}>
            {(relay) => (
              <li class="address-list__item">
                <code class="address-list__address">{relay}</code>
                <Show when={!isManagedRelay(relay)} fallback={<ManagedNote />}>
                  <button
                    type="button"
                    class="button button--small button--quiet-danger"
                    title={t('removeItem', { address: relay })}
                    onClick={() =>
                      update({
                        ...settings(),
                        relays: settings().relays.filter((r) => r !== relay),
                      })
                    }
                  >
                    {t('delete')}
                    <span class="visually-hidden"> {relay}</span>
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <form
        class="address-form"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label class="field address-form__field">
          <span class="field__label">{t('relayAddress')}</span>
          <input
            class="input input--mono"
            value={address()}
            placeholder="wss://relay.example.org"
            spellcheck={false}
            autocomplete="off"
            inputMode="url"
            aria-invalid={problem() !== ''}
            aria-describedby="relay-problem"
            onInput={(e) => {
              setAddress(e.currentTarget.value);
              setProblem('');
            }}
          />
        </label>
        <button type="submit" class="button">
          {t('addRelay')}
        </button>
      </form>
      <p id="relay-problem" class="error" role="alert">
        {problem()}
      </p>
    </section>
  );
}

function IceServerSection() {
  const { t } = useI18n();
  const { settings, update, managed } = useSettings();
  const locked = () => managed().iceServers !== undefined;
  const [urls, setUrls] = createSignal('');
  const [username, setUsername] = createSignal('');
  const [credential, setCredential] = createSignal('');
  const [problem, setProblem] = createSignal('');
  const isTurn = () => /^\s*turns?:/i.test(urls());

  const add = () => {
    const result = addIceServer(settings().iceServers, {
      urls: urls(),
      username: username(),
      credential: credential(),
    });
    if (!result.ok) {
      setProblem(t(networkProblemMessage(result.problem), { max: MAX_ICE_SERVERS }));
      return;
    }
    setProblem('');
    setUrls('');
    setUsername('');
    setCredential('');
    update({ ...settings(), iceServers: result.iceServers });
  };
  const remove = (server: IceServer) =>
    update({
      ...settings(),
      iceServers: settings().iceServers.filter((s) => s.urls !== server.urls),
    });

  return (
    <section class="card settings__section" aria-labelledby="settings-ice">
      <h2 id="settings-ice">{t('iceHeading')}</h2>
      <p class="field__help">{t('iceHelp')}</p>
      <Show
        when={settings().iceServers.length > 0}
        fallback={<p class="settings__empty">{t('iceNone')}</p>}
      >
        <ul class="address-list" aria-labelledby="settings-ice">
          <For each={settings().iceServers}>
            {(server) => (
              <li class="address-list__item">
                <span class="address-list__address">
                  <code>{server.urls}</code>
                  <Show when={server.username}>
                    {(name) => (
                      <span class="muted"> · {t('iceWithUser', { username: name() })}</span>
                    )}
                  </Show>
                </span>
                <Show when={!locked()} fallback={<ManagedNote />}>
                  <button
                    type="button"
                    class="button button--small button--quiet-danger"
                    title={t('removeItem', { address: server.urls })}
                    onClick={() => remove(server)}
                  >
                    {t('delete')}
                    <span class="visually-hidden"> {server.urls}</span>
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={!locked()} fallback={<p class="field__help">{t('iceManaged')}</p>}>
        <form
          class="ice-form"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <label class="field">
            <span class="field__label">{t('iceUrl')}</span>
            <input
              class="input input--mono"
              value={urls()}
              placeholder="turn:turn.example.org:3478"
              spellcheck={false}
              autocomplete="off"
              aria-invalid={problem() !== ''}
              aria-describedby="ice-problem"
              onInput={(e) => {
                setUrls(e.currentTarget.value);
                setProblem('');
              }}
            />
          </label>
          <div class="ice-form__credentials">
            <label class="field">
              <span class="field__label">{t('iceUsername')}</span>
              <input
                class="input"
                value={username()}
                disabled={!isTurn()}
                autocomplete="off"
                onInput={(e) => setUsername(e.currentTarget.value)}
              />
            </label>
            <label class="field">
              <span class="field__label">{t('iceCredential')}</span>
              <input
                class="input"
                type="password"
                value={credential()}
                disabled={!isTurn()}
                autocomplete="new-password"
                aria-describedby="ice-credential-help"
                onInput={(e) => setCredential(e.currentTarget.value)}
              />
            </label>
          </div>
          <p id="ice-credential-help" class="field__help">
            {t('iceCredentialHelp')}
          </p>
          <button type="submit" class="button">
            {t('addIceServer')}
          </button>
        </form>
      </Show>
      <p id="ice-problem" class="error" role="alert">
        {problem()}
      </p>
    </section>
  );
}

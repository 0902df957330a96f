import { createSignal, For, onCleanup, Show } from 'solid-js';
import { formatRelative } from '@/lib/i18n/format';
import type { ConnectionView } from '@/lib/reactive/create-connection-view';
import type { MemberPresence, PeerStatus } from '@/lib/sync/peers/plan-peers';
import { useI18n } from '../app/services';

// How often "last exchanged 20 seconds ago" is brought up to date while the details are open.
const CLOCK_TICK_MS = 5000;

/**
 * One line under the plan's header that says, in plain words, whom this plan is exchanging
 * changes with; it opens into the members online and when data last came from each.
 */
export function ConnectionBar(props: { connection: ConnectionView }) {
  const { t, locale } = useI18n();
  const [open, setOpen] = createSignal(false);
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), CLOCK_TICK_MS);
  onCleanup(() => clearInterval(timer));

  const status = () => props.connection.status();
  const headline = (current: PeerStatus): string => {
    if (props.connection.offline()) return t('statusOfflineByChoice');
    switch (current.kind) {
      case 'alone':
        return t(props.connection.shared() ? 'statusOffline' : 'statusAlone');
      case 'looking':
        return t('statusLooking');
      case 'connected':
        return t('statusConnected', { count: current.members });
      case 'relayUnreachable':
        return t('statusRelayUnreachable', { relays: current.relays.join(', ') });
    }
  };
  const lastExchange = (member: MemberPresence) =>
    member.lastExchange === null
      ? t('lastExchangeNever')
      : t('lastExchange', { time: formatRelative(member.lastExchange, now(), locale()) });

  return (
    <section class="connection" aria-label={t('connectionLabel')}>
      <button
        type="button"
        class="connection__summary"
        aria-expanded={open()}
        aria-controls="connection-details"
        onClick={() => {
          setNow(Date.now());
          setOpen(!open());
        }}
      >
        <span
          class={`connection__dot connection__dot--${props.connection.offline() ? 'alone' : status().kind}`}
          aria-hidden="true"
        />
        <span class="connection__text" aria-live="polite">
          {headline(status())}
        </span>
        <span class="connection__faces" aria-hidden="true">
          <For each={props.connection.members().slice(0, 4)}>
            {(member) => (
              <span class="connection__face" style={{ 'background-color': member.colour }}>
                {initials(member.name)}
              </span>
            )}
          </For>
        </span>
      </button>
      <Show when={open()}>
        <div id="connection-details" class="connection__details">
          <Show
            when={props.connection.members().length > 0}
            fallback={
              <p class="muted">
                {t(props.connection.shared() ? 'membersNoneOnline' : 'membersNotShared')}
              </p>
            }
          >
            <ul class="connection__members" aria-label={t('membersOnline')}>
              <For each={props.connection.members()}>
                {(member) => (
                  <li class="connection__member">
                    <span
                      class="connection__swatch"
                      style={{ 'background-color': member.colour }}
                      aria-hidden="true"
                    />
                    <span class="connection__name">{member.name}</span>
                    <span class="muted">{lastExchange(member)}</span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <Show when={props.connection.shared()}>
            <div class="connection__actions">
              <Show when={!props.connection.offline()}>
                <button type="button" class="button" onClick={() => props.connection.reconnect()}>
                  {t('reconnect')}
                </button>
              </Show>
              <button
                type="button"
                class="button"
                aria-pressed={props.connection.offline()}
                onClick={() => props.connection.setOffline(!props.connection.offline())}
              >
                {t(props.connection.offline() ? 'goOnline' : 'workOffline')}
              </button>
            </div>
          </Show>
        </div>
      </Show>
    </section>
  );
}

/** One or two letters for a member's badge: the first of the first and the last name. */
function initials(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const first = [...(words[0] ?? '?')][0] ?? '?';
  const last = words.length > 1 ? ([...(words.at(-1) ?? '')][0] ?? '') : '';
  return (first + last).toUpperCase();
}

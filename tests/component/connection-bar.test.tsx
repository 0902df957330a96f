import { fireEvent, render, screen, within } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { I18nContext } from '@/components/app/services';
import { ConnectionBar } from '@/components/sync/ConnectionBar';
import { makeTranslator } from '@/lib/i18n/translate';
import type { ConnectionView } from '@/lib/reactive/create-connection-view';
import type { MemberPresence, PeerStatus } from '@/lib/sync/peers/plan-peers';

/** A connection whose status and members the test sets, and which records what it was asked. */
function fakeConnection() {
  const [status, setStatus] = createSignal<PeerStatus>({ kind: 'looking' });
  const [members, setMembers] = createSignal<MemberPresence[]>([]);
  const [offline, setOffline] = createSignal(false);
  const [shared, setShared] = createSignal(true);
  const asked: string[] = [];
  const view: ConnectionView = {
    status,
    members,
    shared,
    offline,
    reconnect: () => asked.push('reconnect'),
    setCell: () => undefined,
    setTextCursor: () => undefined,
    setOffline: (value) => {
      asked.push(value ? 'offline' : 'online');
      setOffline(value);
    },
  };
  return { view, setStatus, setMembers, setShared, asked };
}

function renderBar(view: ConnectionView) {
  const t = makeTranslator('en');
  render(() => (
    <I18nContext.Provider value={{ locale: () => 'en', t }}>
      <ConnectionBar connection={view} />
    </I18nContext.Provider>
  ));
}

const summary = () => screen.getByRole('button', { expanded: false });

describe('the connection bar', () => {
  it('says in plain words whom the plan exchanges changes with', () => {
    const { view, setStatus } = fakeConnection();
    renderBar(view);
    expect(screen.getByText('Looking for the other members…')).toBeInTheDocument();
    setStatus({ kind: 'connected', members: 1 });
    expect(screen.getByText('Connected to 1 member')).toBeInTheDocument();
    setStatus({ kind: 'connected', members: 3 });
    expect(screen.getByText('Connected to 3 members')).toBeInTheDocument();
    setStatus({ kind: 'relayUnreachable', relays: ['ws://10.1.2.3:4444'] });
    expect(screen.getByText('Relay unreachable: ws://10.1.2.3:4444')).toBeInTheDocument();
    setStatus({ kind: 'alone' });
    expect(screen.getByText('Working alone: not connected')).toBeInTheDocument();
  });

  it('says a plan nobody else has is not shared', () => {
    const { view, setStatus, setShared } = fakeConnection();
    setStatus({ kind: 'alone' });
    setShared(false);
    renderBar(view);
    expect(screen.getByText('Working alone: this plan is not shared')).toBeInTheDocument();
  });

  it('lists the members online with when data last came from each', () => {
    const { view, setStatus, setMembers } = fakeConnection();
    setStatus({ kind: 'connected', members: 2 });
    setMembers([
      {
        clientId: 1,
        name: 'Ingrid Berg',
        colour: '#1f77b4',
        cell: null,
        text: null,
        lastExchange: Date.now() - 120_000,
      },
      { clientId: 2, name: 'Ole', colour: '#2ca02c', cell: null, text: null, lastExchange: null },
    ]);
    renderBar(view);
    expect(summary()).toHaveTextContent('IBO');
    fireEvent.click(summary());
    const list = screen.getByRole('list', { name: 'Members online' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(['Ingrid Berglast exchange 2 minutes ago', 'Olenothing exchanged yet']);
  });

  it('works offline on request and goes online again', () => {
    const { view, asked } = fakeConnection();
    renderBar(view);
    fireEvent.click(summary());
    fireEvent.click(screen.getByRole('button', { name: 'Reconnect' }));
    fireEvent.click(screen.getByRole('button', { name: 'Work offline' }));
    expect(screen.getByText(/^Working offline/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reconnect' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Go online' }));
    expect(asked).toEqual(['reconnect', 'offline', 'online']);
  });
});

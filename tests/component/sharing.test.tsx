import { fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/components/app/App';
import type { AppServices } from '@/lib/browser/app-services';
import { blankPlanSpec } from '@/lib/domain/blank-plan';
import { makeInvite, readInvite, type Invite } from '@/lib/sync/invite-code';
import { fakeServices, testSettings } from './fake-services';

afterEach(() => {
  history.replaceState(null, '', '#/');
  vi.unstubAllGlobals();
});

const RELAY = 'wss://relay.larvik.kommune.no';

/** Opens the app on a new plan named "Planen". */
async function openPlan(services: AppServices) {
  const id = await services.directory.create(blankPlanSpec('Planen', 'Larvik', 'en'));
  history.replaceState(null, '', `#/plan/${id}`);
  render(() => <App services={services} />);
  await screen.findByRole('heading', { name: 'Planen' });
  return id;
}

function openPlanMenu(item: string) {
  fireEvent.click(screen.getByRole('button', { name: 'Plan: more actions' }));
  fireEvent.click(screen.getByRole('menuitem', { name: item }));
}

function codeOf(invite: Invite): string {
  const made = makeInvite(invite);
  if (!made.ok) throw new Error('makeInvite refused');
  return made.code;
}

describe('the settings page', () => {
  it('is reached from the plan list and leads back to it', async () => {
    render(() => <App services={fakeServices()} />);
    fireEvent.click(await screen.findByRole('button', { name: /Settings/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(location.hash).toBe('#/settings');
    expect(screen.getByText(/No relay yet/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    expect(await screen.findByRole('heading', { name: 'Plans' })).toBeInTheDocument();
  });

  it('adds and removes relays, explaining what it refuses', async () => {
    const services = fakeServices();
    history.replaceState(null, '', '#/settings');
    render(() => <App services={services} />);
    const address = await screen.findByLabelText('Relay address');
    const add = screen.getByRole('button', { name: 'Add relay' });

    fireEvent.input(address, { target: { value: 'https://relay.example' } });
    fireEvent.click(add);
    expect(
      await screen.findByText(/“https:\/\/relay.example” is not a relay address/),
    ).toBeInTheDocument();
    expect(address).toHaveAttribute('aria-invalid', 'true');

    fireEvent.input(address, { target: { value: ` ${RELAY} ` } });
    fireEvent.click(add);
    const list = await screen.findByRole('list', { name: 'Relays' });
    expect(within(list).getByText(RELAY, { selector: 'code' })).toBeInTheDocument();
    expect(address).toHaveValue('');
    expect((await services.loadSettings()).relays).toEqual([RELAY]);

    fireEvent.input(address, { target: { value: `${RELAY}/` } });
    fireEvent.click(add);
    expect(await screen.findByText('This relay is already in the list.')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: `Delete ${RELAY}` }));
    expect(await screen.findByText(/No relay yet/)).toBeInTheDocument();
    expect((await services.loadSettings()).relays).toEqual([]);
  });

  it('adds a TURN server only with a username and password', async () => {
    const services = fakeServices();
    history.replaceState(null, '', '#/settings');
    render(() => <App services={services} />);
    fireEvent.input(await screen.findByLabelText('Server address'), {
      target: { value: 'turn:turn.larvik.kommune.no:3478' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add server' }));
    expect(
      await screen.findByText('A TURN server needs a username and a password.'),
    ).toBeInTheDocument();
    fireEvent.input(screen.getByLabelText('Username (TURN only)'), { target: { value: 'kari' } });
    fireEvent.input(screen.getByLabelText('Password (TURN only)'), {
      target: { value: 'hemmelig' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add server' }));
    await screen.findByText('turn:turn.larvik.kommune.no:3478', { selector: 'code' });
    expect((await services.loadSettings()).iceServers).toEqual([
      { urls: 'turn:turn.larvik.kommune.no:3478', username: 'kari', credential: 'hemmelig' },
    ]);

    fireEvent.input(screen.getByLabelText('Server address'), { target: { value: 'stun.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add server' }));
    expect(await screen.findByText(/This is not a STUN or TURN address/)).toBeInTheDocument();
  });

  it('changes the colour and the language', async () => {
    const services = fakeServices();
    history.replaceState(null, '', '#/settings');
    render(() => <App services={services} />);
    const colours = await screen.findByRole('group', { name: 'Your colour' });
    expect(within(colours).getAllByRole('radio')).toHaveLength(8);
    expect(within(colours).getByRole('radio', { name: 'Teal' })).toBeChecked();
    fireEvent.click(within(colours).getByRole('radio', { name: 'Violet' }));
    await waitFor(async () => expect((await services.loadSettings()).colour).toBe('violet'));

    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'da' } });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Indstillinger' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Violet' })).toBeChecked();
  });
});

describe('the share dialog', () => {
  it('explains that a relay is needed and leads to the settings, then back to the plan', async () => {
    const services = fakeServices();
    const id = await openPlan(services);
    openPlanMenu('Share…');
    const dialog = await screen.findByRole('dialog', { name: 'Share “Planen”' });
    expect(within(dialog).getByText(/Forankra needs a relay/)).toBeInTheDocument();
    expect(await services.shares.get(id)).toBeUndefined();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Open settings' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    expect(await screen.findByRole('heading', { name: 'Planen' })).toBeInTheDocument();
    expect(location.hash).toBe(`#/plan/${id}`);
  });

  it('shows a code that carries the plan, its room and secret and the relays, and copies it', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const services = fakeServices({
      loadSettings: () => Promise.resolve(testSettings({ relays: [RELAY] })),
    });
    const id = await openPlan(services);
    openPlanMenu('Share…');
    const dialog = await screen.findByRole('dialog', { name: 'Share “Planen”' });
    const field = await within(dialog).findByLabelText<HTMLTextAreaElement>('Invite code');
    expect(within(dialog).getByText(/This code is like a key/)).toBeInTheDocument();
    const record = await services.shares.get(id);
    const read = readInvite(field.value);
    expect(read).toEqual({
      ok: true,
      invite: {
        planId: id,
        planTitle: 'Planen',
        room: record?.room,
        secret: record?.secret,
        relays: [RELAY],
      },
    });
    expect(within(within(dialog).getByRole('list')).getByText(RELAY)).toBeInTheDocument();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Copy code' }));
    expect(await within(dialog).findByText(/^Copied\./)).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(field.value);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // Opening it again shows the same code: the plan stays in its room.
    openPlanMenu('Share…');
    const again = await screen.findByLabelText<HTMLTextAreaElement>('Invite code');
    expect(again.value).toBe(field.value);
  });

  it('makes a new secret only after saying plainly what it does and does not do', async () => {
    const services = fakeServices({
      loadSettings: () => Promise.resolve(testSettings({ relays: [RELAY] })),
    });
    const id = await openPlan(services);
    openPlanMenu('Share…');
    const dialog = await screen.findByRole('dialog');
    const before = (await within(dialog).findByLabelText<HTMLTextAreaElement>('Invite code')).value;
    const first = await services.shares.get(id);

    fireEvent.click(within(dialog).getByRole('button', { name: 'New secret…' }));
    expect(within(dialog).getByRole('heading', { name: 'Make a new secret?' })).toBeInTheDocument();
    expect(
      within(dialog).getByText(/members with the old code stop receiving changes/),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(/copies they already have keep what they had/),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(/Everyone who should stay must get the new code/),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await services.shares.get(id)).toEqual(first);

    fireEvent.click(await within(dialog).findByRole('button', { name: 'New secret…' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Make a new secret' }));
    expect(await within(dialog).findByText(/New secret made/)).toBeInTheDocument();
    const after = within(dialog).getByLabelText<HTMLTextAreaElement>('Invite code').value;
    expect(after).not.toBe(before);
    const rotated = await services.shares.get(id);
    expect(rotated?.room).not.toBe(first?.room);
    expect(rotated?.secret).not.toBe(first?.secret);
    const read = readInvite(after);
    expect(read.ok && read.invite.secret).toBe(rotated?.secret);
  });
});

describe('joining a plan', () => {
  const invite: Invite = {
    planId: 'q8w7e6r5t4y3u2i1',
    room: 'q2Jr8c0V3m_T1xY-a7Zb9w',
    secret: 'Zk4pQ9_w2Rr7hY-0nB3vX8cL',
    relays: [RELAY],
    planTitle: 'MI i hjemmetjenesten',
  };

  it('explains each problem of a pasted code in the user’s words', async () => {
    render(() => <App services={fakeServices()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Join a plan…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Join a plan' });
    const field = within(dialog).getByLabelText('Invite code');
    expect(field).toHaveFocus();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Join and open' }));
    expect(await within(dialog).findByText('Paste the invite code first.')).toBeInTheDocument();

    fireEvent.input(field, { target: { value: 'Hei, her er lenken: https://example.org' } });
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      /No Forankra invite code was found/,
    );

    const code = codeOf(invite);
    fireEvent.input(field, { target: { value: code.slice(0, -6) } });
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/This invite code is damaged/);

    fireEvent.input(field, { target: { value: code.replace('FORANKRA-1-', 'FORANKRA-2-') } });
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/made by a newer version/);
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });

  it("adds the plan under the inviter's id, stores how it is shared and the relay, and opens it", async () => {
    const services = fakeServices();
    render(() => <App services={services} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Join a plan…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Join a plan' });
    fireEvent.input(within(dialog).getByLabelText('Invite code'), {
      target: { value: `Hei!\n\n> ${codeOf(invite)}\n\nHilsen Kari` },
    });
    expect(
      await within(dialog).findByText('The code is for the plan “MI i hjemmetjenesten”.'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        `This code uses the relay ${RELAY}; it will be added to your settings.`,
      ),
    ).toBeInTheDocument();
    const name = within(dialog).getByLabelText('Your name');
    expect(name).toHaveValue('Kari');
    fireEvent.input(name, { target: { value: 'Kari Nordmann ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Join and open' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'MI i hjemmetjenesten' }),
    ).toBeInTheDocument();
    expect(location.hash).toBe(`#/plan/${invite.planId}`);
    const settings = await services.loadSettings();
    expect(settings.relays).toEqual([RELAY]);
    expect(settings.displayName).toBe('Kari Nordmann');
    expect(await services.shares.get(invite.planId)).toMatchObject({
      room: invite.room,
      secret: invite.secret,
    });
    expect((await services.directory.get(invite.planId))?.title).toBe('MI i hjemmetjenesten');
  });

  it('updates the share record of a plan already here, and says so', async () => {
    const services = fakeServices({
      loadSettings: () => Promise.resolve(testSettings({ relays: [RELAY] })),
    });
    await services.directory.join(invite);
    render(() => <App services={services} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Join a plan…' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.input(within(dialog).getByLabelText('Invite code'), {
      target: { value: codeOf(invite) },
    });
    expect(await within(dialog).findByText(/already in this browser/)).toBeInTheDocument();
    expect(within(dialog).queryByText(/will be added to your settings/)).not.toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Join and open' }));
    await screen.findByRole('heading', { level: 1, name: 'MI i hjemmetjenesten' });
    expect((await services.directory.list()).plans).toHaveLength(1);
    expect(await services.shares.get(invite.planId)).toMatchObject({ room: invite.room });
  });
});

import { defaultOptions } from '../../relay/options';
import { startRelay, type Relay } from '../../relay/server';
import { makeInvite, readInvite } from '@/lib/sync/invite-code';
import { startRecordingProxy, type RecordingProxy } from '../relay/recording-proxy';
import { ExtensionBrowser, type Page } from './browser';
import { largePlanSyncFile } from './large-plan-file';
import {
  addRow,
  cell,
  cellText,
  createPlan,
  planIdOf,
  PLAN,
  POLL,
  rowCount,
  selectCell,
  typeInto,
  UI_TIMEOUT,
  waitForPlanList,
} from './helpers';
import {
  addRelayFromPlan,
  inviteCode,
  joinByCode,
  setOffline,
  waitForConnection,
} from './sharing-steps';

// Two (and more) Chromium profiles on one plan, through a relay on 127.0.0.1, as the members of
// a working group in a status meeting: edits both ways, who is online, working offline and
// coming back, the relay restarting, a wrong secret, and a 10,000-row plan reaching a newcomer.

const quiet = () => undefined;
const browsers: ExtensionBrowser[] = [];
let relay: Relay;
let proxy: RecordingProxy;

async function launch(): Promise<ExtensionBrowser> {
  const browser = await ExtensionBrowser.launch();
  browsers.push(browser);
  return browser;
}

beforeAll(async () => {
  relay = await startRelay({ ...defaultOptions, port: 0 }, quiet);
  // The members reach the relay through a proxy that keeps a copy of all the relay receives.
  proxy = await startRecordingProxy(relay.url);
});

afterAll(async () => {
  for (const browser of browsers) {
    await browser.close();
    browser.removeProfile();
  }
  await proxy.close();
  await relay.close();
});

/** Kari makes a plan with one row and shares it through the proxy; resolves with the code. */
async function kariSharesAPlan(
  kari: ExtensionBrowser,
  title: string,
  relayUrl: string,
): Promise<{ page: Page; code: string; planId: string }> {
  const page = await kari.open('planner', '#/');
  const planId = await createPlan(page, title, 'Larvik kommune');
  await addRelayFromPlan(page, relayUrl);
  await addRow(page);
  await page.keyboard.type('Opplæring i MI for hjemmetjenesten');
  await page.keyboard.press('Enter');
  return { page, code: await inviteCode(page), planId };
}

describe('members of one plan, through the relay', () => {
  let kari: Page;
  let lars: Page;
  let code: string;

  it('see each other’s edits both ways, and who is online', async () => {
    const [kariBrowser, larsBrowser] = await Promise.all([launch(), launch()]);
    ({ page: kari, code } = await kariSharesAPlan(kariBrowser, 'Felles plan', proxy.url));
    lars = await larsBrowser.open('planner', '#/');
    await joinByCode(lars, code, 'Lars Dahl');

    await expect.poll(() => rowCount(lars), POLL).toBe(1);
    await expect
      .poll(() => cellText(lars, 1, PLAN.activity), POLL)
      .toBe('Opplæring i MI for hjemmetjenesten');
    await waitForConnection(kari, 'Connected to 1 member');
    await waitForConnection(lars, 'Connected to 1 member');

    await typeInto(lars, 1, PLAN.phase, 'Forberedelse');
    await expect.poll(() => cellText(kari, 1, PLAN.phase), POLL).toBe('Forberedelse');
    await typeInto(kari, 1, PLAN.step, 'Kurs');
    await expect.poll(() => cellText(lars, 1, PLAN.step), POLL).toBe('Kurs');

    // Who is online: Kari sees Lars by name in the connection details.
    await kari.locator('.connection__summary').click();
    await kari
      .getByRole('list', { name: 'Members online' })
      .getByText('Lars Dahl')
      .waitFor({ timeout: UI_TIMEOUT });
  });

  it('show each member’s selected cell to the others, in their colour and with their name', async () => {
    await selectCell(lars, 1, PLAN.step);
    const marked = cell(kari, 1, PLAN.step);
    await expect.poll(() => marked.getAttribute('class'), POLL).toContain('gcell--peer');
    expect(await marked.getAttribute('data-peer')).toBe('Lars Dahl');
    await selectCell(lars, 1, PLAN.activity);
    await expect.poll(() => marked.getAttribute('class'), POLL).not.toContain('gcell--peer');
    await expect
      .poll(() => cell(kari, 1, PLAN.activity).getAttribute('data-peer'), POLL)
      .toBe('Lars Dahl');
  });

  it('show a member’s caret to another in the same long text', async () => {
    await selectCell(lars, 1, PLAN.notes);
    await lars.keyboard.press('Enter');
    await lars.keyboard.type('Husk å bestille lokale');
    await lars.keyboard.press('ArrowLeft');
    await expect.poll(() => cellText(kari, 1, PLAN.notes), POLL).toBe('Husk å bestille lokale');

    await selectCell(kari, 1, PLAN.notes);
    await kari.keyboard.press('Enter');
    const caret = cell(kari, 1, PLAN.notes).locator('.geditor__caret');
    await expect.poll(() => caret.getAttribute('data-peer'), POLL).toBe('Lars Dahl');
    // Before the last letter, where Lars left it: the text up to the caret is all but "e".
    const before = await cell(kari, 1, PLAN.notes)
      .locator('.geditor__carets')
      .evaluate((el) => el.firstChild?.textContent ?? '');
    expect(before).toBe('Husk å bestille lokal');
    await kari.keyboard.press('Control+Enter');
    await lars.keyboard.press('Control+Enter');
  });

  it('count a member once when they have the plan open in the side panel and a tab', async () => {
    const kariBrowser = browsers[0]!;
    const panel = await kariBrowser.open('sidepanel', `#/plan/${await planIdOf(kari)}`);
    await waitForConnection(panel, 'Connected to 1 member');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await waitForConnection(lars, 'Connected to 1 member');
    await waitForConnection(kari, 'Connected to 1 member');
    // The panel's edits travel too: to the tab over the browser, to Lars over the connection.
    await typeInto(panel, 1, PLAN.step, 'Fra sidepanelet');
    await expect.poll(() => cellText(lars, 1, PLAN.step), POLL).toBe('Fra sidepanelet');
    await panel.close();
  });

  it('bring an item one member gives another onto that member’s toolbar badge within seconds', async () => {
    const worker = await browsers[1]!.worker();
    const badge = () =>
      worker.evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { action: { getBadgeText(details: object): Promise<string> } };
          }
        ).chrome.action.getBadgeText({}),
      );
    const setReminders = (value: object) =>
      worker.evaluate(async (reminders) => {
        const chrome = (
          globalThis as unknown as {
            chrome: { storage: { local: { set(items: object): Promise<void> } } };
          }
        ).chrome;
        // Shown today already: this test is about the badge, not the daily notification.
        const d = new Date();
        const today = `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
        await chrome.storage.local.set({ reminders, reminderShownDay: today });
      }, value);
    await setReminders({
      enabled: true,
      days: 7,
      time: '08:00',
      people: { [await planIdOf(lars)]: 'Lars Dahl' },
    });
    await expect.poll(badge, POLL).toBe('');

    // Kari gives Lars the item, due tomorrow. The hourly count cannot be what shows it.
    const tomorrow = new Date(Date.now() + 86_400_000);
    await typeInto(kari, 1, PLAN.responsible, 'Lars Dahl');
    await typeInto(
      kari,
      1,
      PLAN.due,
      `${String(tomorrow.getDate())}.${String(tomorrow.getMonth() + 1)}.${String(tomorrow.getFullYear())}`,
    );
    await expect.poll(() => cellText(lars, 1, PLAN.responsible), POLL).toBe('Lars Dahl');
    await expect.poll(badge, { timeout: 10_000, interval: 200 }).toBe('1');
    await setReminders({ enabled: false });
    await expect.poll(badge, POLL).toBe('');
  });

  it('converge after one worked offline while both edited', async () => {
    await setOffline(lars, true);
    await typeInto(kari, 1, PLAN.activity, 'Opplæring, endret av Kari');
    await typeInto(lars, 1, PLAN.step, 'Kurs og veiledning');
    await addRow(lars);
    await lars.keyboard.type('Lagt til uten nett');
    await lars.keyboard.press('Enter');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await cellText(lars, 1, PLAN.activity)).toBe('Opplæring i MI for hjemmetjenesten');
    expect(await rowCount(kari)).toBe(1);

    await setOffline(lars, false);
    for (const page of [kari, lars]) {
      await expect.poll(() => rowCount(page), POLL).toBe(2);
      await expect
        .poll(() => cellText(page, 1, PLAN.activity), POLL)
        .toBe('Opplæring, endret av Kari');
      await expect.poll(() => cellText(page, 1, PLAN.step), POLL).toBe('Kurs og veiledning');
      await expect.poll(() => cellText(page, 2, PLAN.activity), POLL).toBe('Lagt til uten nett');
    }
  });

  it('shows the relay’s cell text to nobody: what the relay received holds no cell text', () => {
    const seen = proxy.frames.join('\n');
    expect(proxy.frames.length).toBeGreaterThan(0);
    for (const text of ['Opplæring', 'Forberedelse', 'Kurs og veiledning', 'Lagt til uten nett']) {
      expect(seen).not.toContain(text);
    }
  });

  it('gives nothing to a member whose code has the wrong secret', async () => {
    const read = readInvite(code);
    if (!read.ok) throw new Error('The invite code did not read back.');
    const forged = makeInvite({ ...read.invite, secret: `${read.invite.secret.slice(0, -4)}abcd` });
    if (!forged.ok) throw new Error('Could not make the forged code.');
    const eve = await (await launch()).open('planner', '#/');
    await joinByCode(eve, forged.code, 'Eve');
    await typeInto(kari, 1, PLAN.phase, 'Gjennomføring');
    await expect.poll(() => cellText(lars, 1, PLAN.phase), POLL).toBe('Gjennomføring');
    // Eve stays alone with an empty plan, however long she waits.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await eve.getByRole('grid').count()).toBe(0);
    await eve.getByText('This plan has no data in this browser yet.').waitFor();
    await waitForConnection(eve, /^Looking for the other members/);
    await eve.close();
  });
});

describe('when the relay restarts', () => {
  it('members find each other again through the new relay and exchange what they missed', async () => {
    const own = await startRelay({ ...defaultOptions, port: 0 }, quiet);
    const port = own.port;
    const [aBrowser, bBrowser] = await Promise.all([launch(), launch()]);
    const { page: a, code } = await kariSharesAPlan(aBrowser, 'Omstart', own.url);
    const b = await bBrowser.open('planner', '#/');
    await joinByCode(b, code, 'Ingrid');
    await waitForConnection(a, 'Connected to 1 member');

    await own.close();
    // The direct link between the two does not need the relay; going offline drops it too.
    await setOffline(b, true);
    await typeInto(a, 1, PLAN.phase, 'Mens reléet var nede');
    await setOffline(b, false);
    await waitForConnection(b, /^Relay unreachable: ws:\/\/127\.0\.0\.1/);

    const again = await startRelay({ ...defaultOptions, port }, quiet);
    try {
      await waitForConnection(b, 'Connected to 1 member');
      await expect.poll(() => cellText(b, 1, PLAN.phase), POLL).toBe('Mens reléet var nede');
      await typeInto(b, 1, PLAN.step, 'Etter omstart');
      await expect.poll(() => cellText(a, 1, PLAN.step), POLL).toBe('Etter omstart');
    } finally {
      await again.close();
    }
  });
});

describe('a large plan', () => {
  it('reaches a member who joins with nothing: all 10,000 rows', async () => {
    const file = await largePlanSyncFile(10_000, '10k');

    const [aBrowser, bBrowser] = await Promise.all([launch(), launch()]);
    const a = await aBrowser.open('planner', '#/');
    await waitForPlanList(a);
    const chooser = a.waitForEvent('filechooser');
    await a.getByRole('button', { name: 'Open a sync file…' }).click();
    await (await chooser).setFiles(file);
    await expect.poll(() => rowCount(a), { ...POLL, timeout: 60_000 }).toBe(10_000);
    await addRelayFromPlan(a, relay.url);
    const code = await inviteCode(a);

    const b = await bBrowser.open('planner', '#/');
    await joinByCode(b, code, 'Siri');
    await expect.poll(() => rowCount(b), { ...POLL, timeout: 90_000 }).toBe(10_000);
    expect(await cellText(b, 1, PLAN.activity)).toBe(await cellText(a, 1, PLAN.activity));
  });
});

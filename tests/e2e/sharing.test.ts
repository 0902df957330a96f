import { readInvite } from '@/lib/sync/invite-code';
import { ExtensionBrowser } from './browser';
import { createPlan, trackErrors, UI_TIMEOUT, waitForPlanId, waitForPlanList } from './helpers';
import { addRelay } from './sharing-steps';

// Sharing and joining by code between two browser profiles. Only the code's path is tested
// here: the relay is an address where nothing listens, so no plan data flows (that is the
// connection's own test).
const RELAY = 'ws://127.0.0.1:9';

let inviter: ExtensionBrowser;
let joiner: ExtensionBrowser;

beforeAll(async () => {
  [inviter, joiner] = await Promise.all([ExtensionBrowser.launch(), ExtensionBrowser.launch()]);
});

afterAll(async () => {
  for (const browser of [inviter, joiner]) {
    await browser.close();
    browser.removeProfile();
  }
});

/** Errors of a page other than the unreachable relay's refused connections. */
function unexpected(errors: string[]): string[] {
  return errors.filter((e) => !/WebSocket|ERR_CONNECTION_REFUSED|127\.0\.0\.1:9/.test(e));
}

describe('sharing a plan by invite code', () => {
  it('shares a plan in one profile and joins it by code in another, under the same id', async () => {
    const a = await inviter.open('planner', '#/');
    const aErrors = trackErrors(a);
    const planId = await createPlan(a, 'Delt plan', 'Larvik kommune');

    // Without a relay, Share explains and leads to the settings.
    await a.getByRole('button', { name: 'Plan: more actions' }).click();
    await a.getByRole('menuitem', { name: 'Share…' }).click();
    const dialog = a.getByRole('dialog', { name: 'Share “Delt plan”' });
    await dialog.getByText(/Forankra needs a relay/).waitFor({ timeout: UI_TIMEOUT });
    await dialog.getByRole('button', { name: 'Open settings' }).click();
    await addRelay(a, RELAY);
    await a.getByRole('button', { name: 'Back' }).click();
    await a.getByRole('heading', { level: 1, name: 'Delt plan' }).waitFor({ timeout: UI_TIMEOUT });

    await a.getByRole('button', { name: 'Plan: more actions' }).click();
    await a.getByRole('menuitem', { name: 'Share…' }).click();
    const code = a.getByRole('dialog').getByLabel('Invite code');
    await code.waitFor({ timeout: UI_TIMEOUT });
    const text = await code.inputValue();
    const read = readInvite(text);
    expect(read.ok && read.invite).toMatchObject({
      planId,
      planTitle: 'Delt plan',
      relays: [RELAY],
    });
    await a.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

    const b = await joiner.open('planner', '#/');
    const bErrors = trackErrors(b);
    await waitForPlanList(b);
    await b.getByRole('button', { name: 'Join a plan…' }).click();
    const join = b.getByRole('dialog', { name: 'Join a plan' });
    // As a mail client would deliver it: inside a quoted reply, after a greeting.
    await join.getByLabel('Invite code').fill(`Hei Lars,\n\n> ${text}\n\nHilsen Kari`);
    await join.getByText('The code is for the plan “Delt plan”.').waitFor({ timeout: UI_TIMEOUT });
    await join
      .getByText(`This code uses the relay ${RELAY}; it will be added to your settings.`)
      .waitFor({ timeout: UI_TIMEOUT });
    await join.getByLabel('Your name').fill('Lars');
    await join.getByRole('button', { name: 'Join and open' }).click();

    expect(await waitForPlanId(b)).toBe(planId);
    await b.getByRole('heading', { level: 1, name: 'Delt plan' }).waitFor({ timeout: UI_TIMEOUT });
    await b.getByRole('button', { name: 'All plans' }).click();
    await waitForPlanList(b);
    const item = b.locator('ul.plan-list > li').filter({ hasText: 'Delt plan' });
    await item.waitFor({ timeout: UI_TIMEOUT });
    expect(await b.locator('ul.plan-list > li').count()).toBe(1);

    // The relay is in the joiner's settings now, and the name they chose.
    await b.getByRole('button', { name: 'Settings' }).click();
    await b
      .getByRole('list', { name: 'Relays' })
      .locator('code', { hasText: RELAY })
      .waitFor({ timeout: UI_TIMEOUT });
    expect(await b.getByRole('textbox', { name: 'Your name', exact: true }).inputValue()).toBe(
      'Lars',
    );

    // The joiner's copy has the inviter's id: its own share dialog gives the same room.
    await b.getByRole('button', { name: 'Back' }).click();
    await item.getByRole('button', { name: /^Delt plan/ }).click();
    await b.getByRole('button', { name: 'Plan: more actions' }).click();
    await b.getByRole('menuitem', { name: 'Share…' }).click();
    const again = readInvite(await b.getByRole('dialog').getByLabel('Invite code').inputValue());
    expect(again.ok && read.ok && again.invite.room === read.invite.room).toBe(true);

    expect(unexpected(aErrors)).toEqual([]);
    expect(unexpected(bErrors)).toEqual([]);
    await a.close();
    await b.close();
  });
});

// What a member does to share a plan and to join one, step by step through the UI, for the
// browser tests that need two or more profiles on one plan.

import { expect } from 'vitest';
import type { Page } from './browser';
import { POLL, UI_TIMEOUT, waitForPlanId, waitForPlanList } from './helpers';

/** On the settings page: adds a relay address and waits until it is listed. */
export async function addRelay(page: Page, address: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor({ timeout: UI_TIMEOUT });
  await page.getByLabel('Relay address').fill(address);
  await page.getByRole('button', { name: 'Add relay' }).click();
  await page
    .getByRole('list', { name: 'Relays' })
    .locator('code', { hasText: address })
    .waitFor({ timeout: UI_TIMEOUT });
}

/** From an open plan: goes to the settings, adds the relay, and comes back to the plan. */
export async function addRelayFromPlan(page: Page, address: string): Promise<void> {
  await openPlanMenuItem(page, 'Settings');
  await addRelay(page, address);
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('grid').waitFor({ timeout: UI_TIMEOUT });
}

/** Clicks an item of the open plan's menu (⋯). */
export async function openPlanMenuItem(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'Plan: more actions' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** From an open plan with a relay set: the invite code of its share dialog. */
export async function inviteCode(page: Page): Promise<string> {
  await openPlanMenuItem(page, 'Share…');
  const dialog = page.getByRole('dialog');
  const field = dialog.getByLabel('Invite code');
  await field.waitFor({ timeout: UI_TIMEOUT });
  const code = await field.inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return code;
}

/** From the plan list: joins by code under `name`; resolves with the plan id once it is open
 * (perhaps still empty). */
export async function joinByCode(page: Page, code: string, name: string): Promise<string> {
  await waitForPlanList(page);
  await page.getByRole('button', { name: 'Join a plan…' }).click();
  const join = page.getByRole('dialog', { name: 'Join a plan' });
  await join.getByLabel('Invite code').fill(code);
  await join.getByLabel('Your name').fill(name);
  await join.getByRole('button', { name: 'Join and open' }).click();
  const planId = await waitForPlanId(page);
  // The plan opens at once; its sheets arrive when a member is reached.
  await page.locator('.connection__text').waitFor({ timeout: UI_TIMEOUT });
  return planId;
}

/** The connection bar's words: "Connected to 1 member", "Looking for the other members…". */
export function connectionText(page: Page): Promise<string> {
  return page.locator('.connection__text').innerText({ timeout: UI_TIMEOUT });
}

/** Waits until the connection bar says `text` (a string or a pattern). */
export async function waitForConnection(page: Page, text: string | RegExp): Promise<void> {
  await expect.poll(() => connectionText(page), POLL).toMatch(text);
}

/** Opens the connection details and toggles "Work offline" / "Go online". */
export async function setOffline(page: Page, offline: boolean): Promise<void> {
  const summary = page.locator('.connection__summary');
  if ((await summary.getAttribute('aria-expanded')) !== 'true') await summary.click();
  await page
    .getByRole('button', { name: offline ? 'Work offline' : 'Go online', exact: true })
    .click();
  await waitForConnection(page, offline ? /^Working offline/ : /^(Looking|Connected|Relay)/);
}

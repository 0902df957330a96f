import { fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/components/app/App';
import type { AppServices } from '@/lib/browser/app-services';
import { blankPlanSpec } from '@/lib/domain/blank-plan';
import { fakeServices } from './fake-services';

const downloads: { name: string; bytes: Uint8Array }[] = [];

vi.mock('@/components/sync/file-io', () => ({
  downloadBytes: (bytes: Uint8Array, name: string) => downloads.push({ name, bytes }),
  pickFile: () => Promise.resolve(null),
}));

beforeEach(() => {
  downloads.length = 0;
});

afterEach(() => {
  history.replaceState(null, '', '#/');
});

async function openPlan(services: AppServices) {
  const spec = blankPlanSpec('Planen', 'Larvik', 'en');
  const sheets = spec.sheets.map((s) =>
    s.kind === 'plan'
      ? {
          ...s,
          rows: [['Readiness; first round', '1', '', 'Kari', null, '2027-03-01', 'done', 100]],
        }
      : s,
  );
  const id = await services.directory.create({ ...spec, sheets });
  history.replaceState(null, '', `#/plan/${id}`);
  render(() => <App services={services} />);
  await screen.findByRole('heading', { name: 'Planen' });
  return id;
}

function openExport() {
  fireEvent.click(screen.getByRole('button', { name: 'Plan: more actions' }));
  fireEvent.click(screen.getByRole('menuitem', { name: 'Export CSV…' }));
  return screen.getByRole('dialog', { name: 'Export CSV' });
}

// ignoreBOM keeps the byte-order mark in the text, where the test wants to see it.
const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('the Export CSV dialog', () => {
  it('downloads the sheet on screen as Excel (Nordic) by default, and says so', async () => {
    await openPlan(fakeServices());
    const dialog = openExport();
    expect(within(dialog).getByRole('radio', { name: /A whole sheet/ })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: /Excel \(Nordic\)/ })).toBeChecked();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Download' }));
    expect(downloads).toHaveLength(1);
    const [file] = downloads;
    expect(file?.name).toBe('Planen - Plan - 2027-03-17.csv');
    expect([...(file?.bytes.slice(0, 3) ?? [])]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(file!.bytes)).toContain(
      '"Readiness; first round";1;;Kari;;2027-03-01;Done;100;\r\n',
    );
    expect(await screen.findByText(/Saved Planen - Plan - 2027-03-17.csv \(1 row\)/)).toBeVisible();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('remembers the dialect chosen, and exports all sheets as one zip', async () => {
    const services = fakeServices();
    await openPlan(services);
    let dialog = openExport();
    fireEvent.click(within(dialog).getByRole('radio', { name: /Standard CSV/ }));
    fireEvent.click(within(dialog).getByRole('radio', { name: /All sheets/ }));
    expect(within(dialog).getByText(/6 files, one per sheet/)).toBeVisible();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Download' }));
    expect(downloads[0]?.name).toBe('Planen - 2027-03-17.zip');
    expect([...(downloads[0]?.bytes.slice(0, 2) ?? [])]).toEqual([0x50, 0x4b]);
    await waitFor(async () => expect((await services.loadSettings()).csvDialect).toBe('standard'));

    dialog = openExport();
    expect(within(dialog).getByRole('radio', { name: /Standard CSV/ })).toBeChecked();
  });

  it('offers any sheet of the plan, and cancels without a download', async () => {
    await openPlan(fakeServices());
    const dialog = openExport();
    const select = within(dialog).getByRole('combobox', { name: 'Sheet' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Plan', 'Meetings', 'Indicators', 'Readiness', 'People', 'Coding']);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(downloads).toHaveLength(0);
  });

  it('exports another sheet chosen in the list, which chooses "a whole sheet"', async () => {
    await openPlan(fakeServices());
    const dialog = openExport();
    fireEvent.click(within(dialog).getByRole('radio', { name: /as you see it/ }));
    const select = within(dialog).getByRole('combobox', { name: 'Sheet' });
    const people = within(select).getByRole<HTMLOptionElement>('option', { name: 'People' });
    fireEvent.change(select, { target: { value: people.value } });
    expect(within(dialog).getByRole('radio', { name: /A whole sheet/ })).toBeChecked();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Download' }));
    expect(downloads[0]?.name).toBe('Planen - People - 2027-03-17.csv');
    expect(text(downloads[0]!.bytes)).toBe('\ufeffName;Role;Unit;E-mail;Trained on\r\n');
  });
});

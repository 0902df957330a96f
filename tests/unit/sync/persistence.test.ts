import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  attachPersistence,
  erasePlanData,
  type PlanStorage,
  type StorageStatus,
} from '@/lib/sync/persistence';
import { until } from '../../until';

const opened: { doc: Y.Doc; storage: PlanStorage }[] = [];

async function open(planId: string): Promise<{ doc: Y.Doc; storage: PlanStorage }> {
  const doc = new Y.Doc();
  const storage = await attachPersistence(doc, planId, { retryAfterMs: 20 });
  opened.push({ doc, storage });
  return { doc, storage };
}

async function close({ doc, storage }: { doc: Y.Doc; storage: PlanStorage }): Promise<void> {
  await storage.destroy();
  doc.destroy();
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(opened.splice(0).map((p) => close(p)));
});

describe('plan storage', () => {
  it('keeps every edit made after loading, for the next time the plan opens', async () => {
    const first = await open('keeps');
    const text = first.doc.getText('t');
    for (const ch of 'Stored') text.insert(text.length, ch);
    await settle();
    await close(first);
    opened.splice(0);

    const again = await open('keeps');
    expect(again.doc.getText('t').toString()).toBe('Stored');
    await erasePlanData('keeps');
  });

  it('does not write back what it has just loaded', async () => {
    const first = await open('no-echo');
    first.doc.getMap('m').set('a', 1);
    await settle();
    await close(first);
    opened.splice(0);

    const add = vi.spyOn(IDBObjectStore.prototype, 'add');
    const again = await open('no-echo');
    await settle();
    // y-indexeddb writes one record as it opens (the empty document's state); nothing more.
    expect(add).toHaveBeenCalledTimes(1);
    expect(again.doc.getMap('m').get('a')).toBe(1);
  });

  it('reports a full disk, writes the whole plan again once there is room, and loses nothing', async () => {
    const plan = await open('full-disk');
    const statuses: StorageStatus[] = [];
    plan.storage.watchStatus((status) => statuses.push(status));
    const text = plan.doc.getText('t');
    text.insert(0, 'Before. ');
    await settle();

    const full = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    text.insert(text.length, 'Typed while the disk was full.');
    await until(() => statuses.some((s) => !s.ok), 'the expected state');
    expect(statuses.at(-1)).toMatchObject({ ok: false, problem: 'full' });

    full.mockRestore();
    await until(() => statuses.at(-1)?.ok === true, 'the expected state');
    await close(plan);
    opened.splice(0);

    const again = await open('full-disk');
    expect(again.doc.getText('t').toString()).toBe('Before. Typed while the disk was full.');
  });

  it('reports a write that fails for another reason as a failure, not a full disk', async () => {
    const plan = await open('other-failure');
    const statuses: StorageStatus[] = [];
    plan.storage.watchStatus((status) => statuses.push(status));
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(() => {
      throw new DOMException('The database connection is closing.', 'InvalidStateError');
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    plan.doc.getMap('m').set('x', 1);
    expect(statuses.at(-1)).toMatchObject({ ok: false, problem: 'failed' });
  });
});

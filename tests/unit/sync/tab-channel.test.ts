import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TabChannel } from '@/lib/sync/tab-channel';
import { until } from '../../until';

const docs: Y.Doc[] = [];
function doc(): Y.Doc {
  const d = new Y.Doc();
  docs.push(d);
  return d;
}

afterEach(() => {
  for (const d of docs.splice(0)) d.destroy();
});

describe('pages of one browser', () => {
  it('exchange what each had before they met, in both directions', async () => {
    const a = doc();
    const b = doc();
    a.getMap('m').set('from-a', 1);
    b.getMap('m').set('from-b', 2);
    new TabChannel(a, 'room-1');
    new TabChannel(b, 'room-1');
    await until(
      () => a.getMap('m').size === 2 && b.getMap('m').size === 2,
      'the other page to have it',
    );
  });

  it('send the changes of one task as one message, after that task, and the last on closing', async () => {
    const a = doc();
    const b = doc();
    const channel = new TabChannel(a, 'room-later');
    new TabChannel(b, 'room-later');
    await new Promise((r) => setTimeout(r, 50));
    const posted = vi.spyOn(BroadcastChannel.prototype, 'postMessage');
    const text = a.getText('t');
    for (const ch of 'Typed') text.insert(text.length, ch);
    expect(posted, 'nothing sent inside the task that typed').not.toHaveBeenCalled();
    await until(() => b.getText('t').toString() === 'Typed', 'the other page to have it');
    expect(posted).toHaveBeenCalledTimes(1);
    text.insert(text.length, '!');
    channel.destroy();
    expect(posted, 'what was still waiting, sent as the page closes').toHaveBeenCalledTimes(2);
    posted.mockRestore();
    await until(() => b.getText('t').toString() === 'Typed!', 'the last change there too');
  });

  it('exchange only what the other lacks when a page opens, never the whole plan', async () => {
    const a = doc();
    const rows = a.getMap('rows');
    for (let i = 0; i < 2000; i++) rows.set(`row-${i}`, `Activity number ${i} with some text`);
    const b = doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    b.getMap('rows').set('only-in-b', 'new');
    const fullPlan = Y.encodeStateAsUpdate(a).byteLength;
    const posted = vi.spyOn(BroadcastChannel.prototype, 'postMessage');
    new TabChannel(a, 'room-diff');
    new TabChannel(b, 'room-diff');
    await until(() => a.getMap('rows').get('only-in-b') === 'new', 'the other page to have it');
    await new Promise((r) => setTimeout(r, 50));
    const sent = posted.mock.calls.map(([message]) =>
      message instanceof Uint8Array ? message.byteLength : 0,
    );
    posted.mockRestore();
    expect(fullPlan).toBeGreaterThan(50_000);
    expect(Math.max(...sent), `largest message of ${sent.join(', ')} bytes`).toBeLessThan(1000);
  });

  it('carry live edits, and stop when closed', async () => {
    const a = doc();
    const b = doc();
    new TabChannel(a, 'room-2');
    const channelB = new TabChannel(b, 'room-2');
    a.getMap('m').set('x', 'live');
    await until(() => b.getMap('m').get('x') === 'live', 'the other page to have it');
    channelB.destroy();
    a.getMap('m').set('y', 'after close');
    await new Promise((r) => setTimeout(r, 50));
    expect(b.getMap('m').has('y')).toBe(false);
  });

  it('keep plans in separate channels apart', async () => {
    const a = doc();
    const b = doc();
    new TabChannel(a, 'plan-a');
    new TabChannel(b, 'plan-b');
    a.getMap('m').set('x', 1);
    await new Promise((r) => setTimeout(r, 50));
    expect(b.getMap('m').size).toBe(0);
  });

  it('ignore unreadable messages and keep working', async () => {
    const a = doc();
    const b = doc();
    new TabChannel(a, 'room-3');
    new TabChannel(b, 'room-3');
    const rogue = new BroadcastChannel('room-3');
    rogue.postMessage(new Uint8Array([0, 255, 255, 255, 255, 9]));
    rogue.postMessage('not bytes');
    rogue.postMessage(new Uint8Array([2, 5, 1, 2]));
    rogue.postMessage(new Uint8Array([1, 2, 5, 1, 2]));
    rogue.postMessage(new Uint8Array([0]));
    a.getMap('m').set('x', 'still fine');
    await until(() => b.getMap('m').get('x') === 'still fine', 'the other page to have it');
    rogue.close();
  });
});

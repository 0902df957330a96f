import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  makePanelPlaceKeeper,
  MAX_PANEL_PLACES,
  parsePanelPlaces,
  rememberPanelPlace,
  type PanelPlace,
  type ScrollBox,
} from '@/lib/browser/panel-places';

describe('panel places', () => {
  it('keep only well-formed places of whatever storage held', () => {
    expect(
      parsePanelPlaces({
        good: { sheetId: 's1', scrollTop: 120.4, scrollLeft: -3, at: 5 },
        'bad id!': { sheetId: 's1' },
        noSheet: { scrollTop: 3 },
        nan: { sheetId: 's2', scrollTop: Number.NaN, scrollLeft: 'x', at: null },
      }),
    ).toEqual({
      good: { sheetId: 's1', scrollTop: 120, scrollLeft: 0, at: 5 },
      nan: { sheetId: 's2', scrollTop: 0, scrollLeft: 0, at: 0 },
    });
    expect(parsePanelPlaces('junk')).toEqual({});
  });

  it('forget the plans stored longest ago beyond the limit', () => {
    let places = {};
    for (let i = 0; i < MAX_PANEL_PLACES + 5; i++) {
      places = rememberPanelPlace(places, `p${String(i)}`, {
        sheetId: 's',
        scrollTop: 0,
        scrollLeft: 0,
        at: i,
      });
    }
    const ids = Object.keys(places);
    expect(ids).toHaveLength(MAX_PANEL_PLACES);
    expect(ids).not.toContain('p0');
    expect(ids).toContain(`p${String(MAX_PANEL_PLACES + 4)}`);
  });
});

describe('the panel place keeper', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function memoryStore(initial?: PanelPlace) {
    const saved: PanelPlace[] = [];
    return {
      saved,
      get: () => Promise.resolve(initial),
      set: (_planId: string, place: PanelPlace) => {
        saved.push(place);
        return Promise.resolve();
      },
    };
  }

  it('chooses the stored sheet and scrolls back once the grid is tall enough', async () => {
    const store = memoryStore({ sheetId: 'people', scrollTop: 800, scrollLeft: 40, at: 1 });
    // A box that cannot scroll past 300 until its rows arrive.
    let max = 300;
    let top = 0;
    const box: ScrollBox = {
      get scrollTop() {
        return top;
      },
      set scrollTop(value: number) {
        top = Math.min(value, max);
      },
      scrollLeft: 0,
    };
    const keeper = makePanelPlaceKeeper({
      planId: 'p1',
      store,
      now: () => Date.now(),
      chooseSheet: (id) => keeper.sheetShown(id),
      box: () => box,
    });
    keeper.sheetShown('plan');
    await keeper.restore();
    expect(top, 'the grid is too short yet').toBe(300);
    max = 5000;
    await vi.advanceTimersByTimeAsync(60);
    expect(top).toBe(800);
    expect(box.scrollLeft).toBe(40);
    // Restoring stored nothing; scrolling afterwards does, once it stops.
    expect(store.saved).toEqual([]);
    box.scrollTop = 900;
    keeper.scrolled(box);
    await vi.advanceTimersByTimeAsync(299);
    expect(store.saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.saved).toMatchObject([{ sheetId: 'people', scrollTop: 900, scrollLeft: 40 }]);
  });

  it('stores another sheet chosen by the user, at the top, and what is pending on dispose', async () => {
    const store = memoryStore();
    const box: ScrollBox = { scrollTop: 0, scrollLeft: 0 };
    const keeper = makePanelPlaceKeeper({
      planId: 'p1',
      store,
      now: () => 7,
      chooseSheet: () => undefined,
      box: () => box,
    });
    keeper.sheetShown('plan');
    await keeper.restore();
    keeper.sheetShown('meetings');
    keeper.sheetShown(null);
    box.scrollTop = 55;
    keeper.scrolled(box);
    keeper.dispose();
    expect(store.saved).toEqual([{ sheetId: 'meetings', scrollTop: 55, scrollLeft: 0, at: 7 }]);
  });

  it('leaves the stored place alone when the panel opens at an item, and keeps where it goes from there', async () => {
    const store = memoryStore({ sheetId: 'people', scrollTop: 800, scrollLeft: 0, at: 1 });
    const chosen: string[] = [];
    const box: ScrollBox = { scrollTop: 0, scrollLeft: 0 };
    const keeper = makePanelPlaceKeeper({
      planId: 'p1',
      store,
      now: () => 9,
      chooseSheet: (id) => chosen.push(id),
      box: () => box,
    });
    keeper.sheetShown('plan');
    keeper.skipRestore();
    // The grid scrolls the item into view: that is the panel's place now.
    box.scrollTop = 1200;
    keeper.scrolled(box);
    await vi.advanceTimersByTimeAsync(1000);
    expect(chosen).toEqual([]);
    expect(store.saved).toEqual([{ sheetId: 'plan', scrollTop: 1200, scrollLeft: 0, at: 9 }]);
    keeper.dispose();
  });
});

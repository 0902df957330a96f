// Where the side panel was in each plan: the sheet and how far it was scrolled. Kept in
// extension storage for the plans used most recently only, so the record stays a few KB.

/** The sheet the panel showed in a plan, and the grid's scroll offsets there. */
export interface PanelPlace {
  sheetId: string;
  scrollTop: number;
  scrollLeft: number;
  /** When it was stored (ms), to forget the plans not opened for longest. */
  at: number;
}

export type PanelPlaces = Record<string, PanelPlace>;

/** How many plans' places are kept. */
export const MAX_PANEL_PLACES = 30;

const ID = /^[A-Za-z0-9_-]{1,64}$/;

function offset(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0
    ? Math.min(Math.round(value), 10_000_000)
    : 0;
}

/** Reads stored places, dropping whatever is not well formed. */
export function parsePanelPlaces(raw: unknown): PanelPlaces {
  const out: PanelPlaces = {};
  if (typeof raw !== 'object' || raw === null) return out;
  for (const [planId, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!ID.test(planId) || typeof value !== 'object' || value === null) continue;
    const place = value as Record<string, unknown>;
    if (typeof place.sheetId !== 'string' || !ID.test(place.sheetId)) continue;
    out[planId] = {
      sheetId: place.sheetId,
      scrollTop: offset(place.scrollTop),
      scrollLeft: offset(place.scrollLeft),
      at: offset(place.at),
    };
  }
  return out;
}

/** Stores one plan's place, forgetting the least recently stored beyond MAX_PANEL_PLACES. */
export function rememberPanelPlace(
  places: PanelPlaces,
  planId: string,
  place: PanelPlace,
): PanelPlaces {
  const next = { ...places, [planId]: place };
  const ids = Object.keys(next);
  if (ids.length <= MAX_PANEL_PLACES) return next;
  ids.sort((a, b) => (next[b]?.at ?? 0) - (next[a]?.at ?? 0));
  return Object.fromEntries(
    ids.slice(0, MAX_PANEL_PLACES).flatMap((id) => {
      const kept = next[id];
      return kept ? [[id, kept] as const] : [];
    }),
  );
}

/** A scrolled box as the keeper sees it (the grid's scroller in the page). */
export interface ScrollBox {
  scrollTop: number;
  scrollLeft: number;
}

/** Keeps one plan's panel place: restores it on open, stores sheet changes and scrolling. */
export interface PanelPlaceKeeper {
  /** Reads the stored place and restores it: the sheet at once, the scroll once the grid is there. */
  restore(): Promise<void>;
  /** The page opens at an item instead (a reminder's address): nothing is restored, the place is kept from now. */
  skipRestore(): void;
  /** The panel now shows this sheet (chosen by the user or restored). */
  sheetShown(sheetId: string | null): void;
  /** The grid was scrolled. */
  scrolled(box: ScrollBox): void;
  /** Stores what is pending and stops. */
  dispose(): void;
}

export interface PanelPlaceKeeperOptions {
  planId: string;
  store: {
    get(planId: string): Promise<PanelPlace | undefined>;
    set(planId: string, place: PanelPlace): Promise<void>;
  };
  now: () => number;
  chooseSheet: (sheetId: string) => void;
  /** The grid's scroller once it is on screen. */
  box: () => ScrollBox | null;
  /** Scrolling is stored this long after it stops. */
  saveDelayMs?: number;
  /** How long to wait for the grid to become tall enough to scroll back. */
  restoreForMs?: number;
}

/** A PanelPlaceKeeper over a store (extension storage in the panel, memory in tests). */
export function makePanelPlaceKeeper(options: PanelPlaceKeeperOptions): PanelPlaceKeeper {
  const saveDelayMs = options.saveDelayMs ?? 300;
  const restoreForMs = options.restoreForMs ?? 3000;
  let sheetId: string | null = null;
  let scroll = { scrollTop: 0, scrollLeft: 0 };
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  let restoreTimer: ReturnType<typeof setTimeout> | null = null;
  // Until the stored place is back on screen, the grid's own first scroll events (at 0) must
  // not overwrite it.
  let restoring = true;
  let pendingSheet: string | null = null;
  let disposed = false;

  const save = () => {
    if (saveTimer !== null) clearTimeout(saveTimer);
    saveTimer = null;
    if (sheetId === null || restoring) return;
    void options.store
      .set(options.planId, { sheetId, ...scroll, at: options.now() })
      .catch((error: unknown) => console.error('Forankra could not remember the panel.', error));
  };
  const later = () => {
    if (saveTimer !== null) clearTimeout(saveTimer);
    saveTimer = setTimeout(save, saveDelayMs);
  };

  return {
    async restore() {
      const place = await options.store.get(options.planId).catch(() => undefined);
      if (disposed) return;
      if (!place) {
        restoring = false;
        return;
      }
      pendingSheet = place.sheetId;
      options.chooseSheet(place.sheetId);
      const until = options.now() + restoreForMs;
      const attempt = () => {
        restoreTimer = null;
        if (disposed) return;
        const box = options.box();
        if (box && sheetId === place.sheetId) {
          box.scrollTop = place.scrollTop;
          box.scrollLeft = place.scrollLeft;
          // The grid may not be tall or wide enough yet (rows still loading): try again.
          const reached =
            Math.abs(box.scrollTop - place.scrollTop) <= 1 &&
            Math.abs(box.scrollLeft - place.scrollLeft) <= 1;
          if (reached) {
            scroll = { scrollTop: place.scrollTop, scrollLeft: place.scrollLeft };
            restoring = false;
            return;
          }
        } else if (sheetId !== null && sheetId !== place.sheetId) {
          // The sheet is gone, or the user chose another before the place was back.
          restoring = false;
          return;
        }
        if (options.now() >= until) {
          restoring = false;
          return;
        }
        restoreTimer = setTimeout(attempt, 50);
      };
      attempt();
    },
    skipRestore() {
      restoring = false;
    },
    sheetShown(next) {
      // The trash view (null) is not a place: the sheet under it stays remembered.
      if (next === null || next === sheetId) return;
      const first = sheetId === null;
      sheetId = next;
      if (restoring) {
        // The first sheet shown before the stored one is read, or the stored one coming back.
        if (first || next === pendingSheet) return;
        restoring = false;
      } else if (first) return;
      scroll = { scrollTop: 0, scrollLeft: 0 };
      later();
    },
    scrolled(box) {
      if (restoring) return;
      scroll = { scrollTop: box.scrollTop, scrollLeft: box.scrollLeft };
      later();
    },
    dispose() {
      if (restoreTimer !== null) clearTimeout(restoreTimer);
      if (saveTimer !== null) save();
      disposed = true;
    },
  };
}

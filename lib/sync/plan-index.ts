/** What the plan list knows of one plan without opening it. */
export interface PlanEntry {
  id: string;
  title: string;
  organisation: string;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
}

export type PlanIndex = Record<string, PlanEntry>;

/** Where the plan list is kept: extension storage in the browser, memory in tests. */
export interface PlanIndexStore {
  read(): Promise<unknown>;
  write(index: PlanIndex): Promise<void>;
  /** Calls back when another page changed the list; returns an unsubscribe. */
  watch(callback: () => void): () => void;
}

function isEntry(v: unknown): v is PlanEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return (
    typeof e.id === 'string' &&
    typeof e.title === 'string' &&
    typeof e.organisation === 'string' &&
    typeof e.createdAt === 'number' &&
    typeof e.updatedAt === 'number' &&
    (e.deletedAt === null || typeof e.deletedAt === 'number')
  );
}

/** Reads a stored plan list, keeping the well-formed entries of whatever storage held. */
export function parsePlanIndex(raw: unknown): PlanIndex {
  const index: PlanIndex = {};
  if (typeof raw !== 'object' || raw === null) return index;
  for (const [key, value] of Object.entries(raw)) {
    if (isEntry(value) && value.id === key) index[key] = { ...value };
  }
  return index;
}

/** A plan list kept in memory, for tests and for pages without extension storage. */
export function memoryPlanIndexStore(): PlanIndexStore {
  let stored: PlanIndex = {};
  const watchers = new Set<() => void>();
  return {
    read: () => Promise.resolve(structuredClone(stored)),
    write: (index) => {
      stored = structuredClone(index);
      for (const watcher of watchers) watcher();
      return Promise.resolve();
    },
    watch: (callback) => {
      watchers.add(callback);
      return () => watchers.delete(callback);
    },
  };
}

import * as Y from 'yjs';
import { addTemplateRanges } from './column-ranges-migration';
import { ORIGIN } from './origins';

/** The schema version this build writes. Plans with a higher one open read-only. */
export const SCHEMA_VERSION = 2;

/** One step of the document schema, from `from` to `from + 1`. */
export interface Migration {
  from: number;
  describe: string;
  run(doc: Y.Doc): void;
}

/**
 * Sequential migrations from the first schema, version 1. A migration may run on two replicas
 * at once before they meet, so each must give the same result when its effects merge (set
 * fields to derived values; never append).
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    describe: 'number columns of the Coding and Readiness sheets get their instrument ranges',
    run: addTemplateRanges,
  },
];

export type MigrationOutcome =
  | { state: 'empty' }
  | { state: 'current'; version: number }
  | { state: 'migrated'; from: number; version: number }
  | { state: 'newer'; version: number; supported: number };

/** Brings a plan's document up to `target`, one step at a time, each step in its own transaction. */
export function migratePlan(
  doc: Y.Doc,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): MigrationOutcome {
  const meta = doc.getMap<unknown>('meta');
  const raw = meta.get('schemaVersion');
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1) return { state: 'empty' };
  if (raw > target) return { state: 'newer', version: raw, supported: target };
  if (raw === target) return { state: 'current', version: raw };
  let version = raw;
  while (version < target) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new Error(`No migration from schema version ${version} to ${version + 1}.`);
    doc.transact(() => {
      step.run(doc);
      meta.set('schemaVersion', version + 1);
    }, ORIGIN.migration);
    version += 1;
  }
  return { state: 'migrated', from: raw, version };
}

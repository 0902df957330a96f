import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { buildGridFixture } from '../../bench/grid/fixture';
import { SCHEMA_VERSION } from '@/lib/model/migrations';
import { encodeSyncFile } from '@/lib/sync/sync-file';

/** Writes the bench's plan of `rows` rows × 12 columns as a sync file; returns the file's path. */
export async function largePlanSyncFile(rows: number, name: string): Promise<string> {
  const fixture = buildGridFixture(rows);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, fixture.update);
  const file = join(tmpdir(), `forankra-${name}-${String(process.pid)}.forankra`);
  const meta = { planId: fixture.planId, title: fixture.title, schemaVersion: SCHEMA_VERSION };
  writeFileSync(file, await encodeSyncFile(doc, meta));
  return file;
}

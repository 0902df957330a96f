import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { standardSheets } from '@/lib/domain/blank-plan';
import { PlanModel } from '@/lib/model/plan-model';
import { encodeStateAsChunks } from '@/lib/sync/state-chunks';

const SIZES = [1, 2, 7, 50, undefined];

function docOf(client: number, options: { gc?: boolean } = {}): Y.Doc {
  const doc = new Y.Doc(options);
  doc.clientID = client;
  return doc;
}

/** Sends each document what the others have and it lacks, until all hold the same. */
function syncAll(docs: readonly Y.Doc[]): void {
  for (const to of docs) {
    for (const from of docs) {
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
    }
  }
}

/** Applies the chunks one by one to a fresh document, asserting that none waits for a later one. */
function rebuild(chunks: readonly Uint8Array[], options: { gc?: boolean } = {}): Y.Doc {
  const doc = new Y.Doc(options);
  chunks.forEach((chunk, i) => {
    Y.applyUpdate(doc, chunk);
    const at = `after chunk ${String(i + 1)} of ${String(chunks.length)}`;
    expect(doc.store.pendingStructs, `${at}, structs wait for a later chunk`).toBeNull();
    expect(doc.store.pendingDs, `${at}, deletions wait for a later chunk`).toBeNull();
  });
  return doc;
}

function structCount(doc: Y.Doc): number {
  let count = 0;
  doc.store.clients.forEach((structs) => (count += structs.length));
  return count;
}

/** The content of every root type of `original`, read from `doc`. */
function contentOf(doc: Y.Doc, original: Y.Doc): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  original.share.forEach((type, name) => {
    if (type instanceof Y.Map) content[name] = doc.getMap(name).toJSON();
    else if (type instanceof Y.Array) content[name] = doc.getArray(name).toJSON();
    else if (type instanceof Y.Text) content[name] = doc.getText(name).toDelta();
    else throw new Error(`Root type "${name}" is of a kind this test does not read.`);
  });
  return content;
}

/** The deleted ranges per client, merged and in order (yjs merges neighbours across structs). */
function deletions(doc: Y.Doc): [number, [number, number][]][] {
  const ds = Y.createDeleteSetFromStructStore(doc.store);
  return [...ds.clients]
    .map(([client, items]): [number, [number, number][]] => [
      client,
      items.map((item) => [item.clock, item.len]),
    ])
    .sort((a, b) => a[0] - b[0]);
}

/** Whether applying the whole state of `extra` to a copy of `base` changes anything. */
function changes(base: Y.Doc, extra: Y.Doc): boolean {
  const copy = new Y.Doc({ gc: base.gc });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(base));
  let changed = false;
  copy.on('update', () => (changed = true));
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(extra));
  return changed;
}

function expectSameDoc(rebuilt: Y.Doc, original: Y.Doc): void {
  expect(Y.encodeStateVector(rebuilt)).toEqual(Y.encodeStateVector(original));
  expect(contentOf(rebuilt, original)).toEqual(contentOf(original, original));
  expect(deletions(rebuilt)).toEqual(deletions(original));
  expect(changes(original, rebuilt), 'the rebuilt doc holds something the original lacks').toBe(
    false,
  );
  expect(changes(rebuilt, original), 'the original holds something the rebuilt doc lacks').toBe(
    false,
  );
}

function expectRebuildsAtEverySize(original: Y.Doc): void {
  for (const size of SIZES) {
    const rebuilt = rebuild(encodeStateAsChunks(original, size), { gc: original.gc });
    expectSameDoc(rebuilt, original);
  }
}

// Several members edit a map of nested maps, an array (with nested types) and a text, and their
// updates reach each other late and in random order, as in Yjs's own `applyRandomTests`.
function randomEdits(seed: number, steps: number, gc: boolean): Y.Doc[] {
  const gen = prng.create(seed);
  const count = prng.int32(gen, 3, 5);
  const docs = Array.from({ length: count }, (_, i) =>
    docOf(prng.uint32(gen, 1, 1_000_000) * 8 + i, { gc }),
  );
  const inbox: { to: Y.Doc; update: Uint8Array }[] = [];
  for (const from of docs) {
    from.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'network') return;
      for (const to of docs) if (to !== from) inbox.push({ to, update });
    });
  }
  const deliver = () => {
    const [message] = inbox.splice(prng.int32(gen, 0, inbox.length - 1), 1);
    if (message) Y.applyUpdate(message.to, message.update, 'network');
  };
  const key = () => `k${String(prng.int32(gen, 0, 5))}`;
  const word = () => prng.word(gen, 1, 6);

  const edits: ((doc: Y.Doc) => void)[] = [
    (doc) => {
      // A nested map, possibly overwriting one that others are editing.
      const nested = new Y.Map<unknown>();
      nested.set(key(), word());
      doc.getMap('map').set(key(), nested);
    },
    (doc) => {
      const nested = doc.getMap('map').get(key());
      if (!(nested instanceof Y.Map)) return;
      const choice = prng.int32(gen, 0, 3);
      if (choice === 0) nested.delete(key());
      else if (choice === 1) nested.set(key(), new Y.Map<unknown>([['deep', word()]]));
      else nested.set(key(), prng.int32(gen, 0, 100));
    },
    (doc) => doc.getMap('map').set(key(), word()),
    (doc) => {
      const list = doc.getArray<unknown>('list');
      const at = prng.int32(gen, 0, list.length);
      const choice = prng.int32(gen, 0, 3);
      if (choice === 0) list.insert(at, [new Y.Text(word())]);
      else if (choice === 1) list.insert(at, [new Y.Map<unknown>([['x', word()]])]);
      else list.insert(at, [word(), prng.int32(gen, 0, 9)]);
    },
    (doc) => {
      const list = doc.getArray<unknown>('list');
      if (list.length === 0) return;
      const at = prng.int32(gen, 0, list.length - 1);
      list.delete(at, Math.min(list.length - at, prng.int32(gen, 1, 3)));
    },
    (doc) => {
      const list = doc.getArray<unknown>('list');
      if (list.length === 0) return;
      const item = list.get(prng.int32(gen, 0, list.length - 1));
      if (item instanceof Y.Text) item.insert(prng.int32(gen, 0, item.length), word());
      else if (item instanceof Y.Map) item.set(key(), word());
    },
    (doc) => {
      const text = doc.getText('text');
      const attributes = prng.bool(gen) ? { bold: true } : undefined;
      text.insert(prng.int32(gen, 0, text.length), word(), attributes);
    },
    (doc) => {
      const text = doc.getText('text');
      if (text.length === 0) return;
      const at = prng.int32(gen, 0, text.length - 1);
      text.delete(at, Math.min(text.length - at, prng.int32(gen, 1, 8)));
    },
  ];

  for (let step = 0; step < steps; step++) {
    if (inbox.length > 0 && prng.bool(gen)) deliver();
    else prng.oneOf(gen, edits)(prng.oneOf(gen, docs));
  }
  while (inbox.length > 0) deliver();
  syncAll(docs);
  return docs;
}

describe('encoding the state of a doc as chunks', () => {
  it.each([
    [11, true],
    [12, true],
    [13, true],
    [14, true],
    [15, false],
  ])(
    'rebuilds the doc of members editing at random (seed %i, gc %s) at every chunk size',
    (seed, gc) => {
      const docs = randomEdits(seed, 800, gc);
      expect(structCount(docs[0]!), 'the scenario should make a doc worth cutting').toBeGreaterThan(
        200,
      );
      // Every member's store holds the same structs, split and listed differently.
      for (const doc of docs) expectRebuildsAtEverySize(doc);
    },
  );

  it('cuts after every `structsPerChunk` structs and gives the deletions to the last chunk', () => {
    const [doc] = randomEdits(21, 300, true);
    const total = structCount(doc!);
    const chunks = encodeStateAsChunks(doc!, 40);
    expect(chunks).toHaveLength(Math.ceil(total / 40));
    for (const chunk of chunks.slice(0, -1)) {
      const { structs, ds } = Y.decodeUpdate(chunk);
      expect(structs).toHaveLength(40);
      expect(ds.clients.size).toBe(0);
    }
    expect(Y.decodeUpdate(chunks.at(-1)!).ds.clients.size).toBeGreaterThan(0);
  });

  it('gives the whole state as one update when the doc fits in one chunk', () => {
    const [doc] = randomEdits(22, 100, true);
    expect(encodeStateAsChunks(doc!, structCount(doc!))).toEqual([Y.encodeStateAsUpdate(doc!)]);
  });

  it('leaves the doc as it was', () => {
    const [doc] = randomEdits(23, 300, true);
    const before = Y.encodeStateAsUpdate(doc!);
    encodeStateAsChunks(doc!, 3);
    expect(Y.encodeStateAsUpdate(doc!)).toEqual(before);
  });

  it('gives one update for an empty doc', () => {
    const chunks = encodeStateAsChunks(new Y.Doc());
    expect(chunks).toEqual([Y.encodeStateAsUpdate(new Y.Doc())]);
    const rebuilt = rebuild(chunks);
    expect(rebuilt.store.clients.size).toBe(0);
  });
});

describe('putting each struct after the structs it refers to', () => {
  // In each scenario the second member edits first, so its store lists it before the first
  // member: a doc cut client by client would send its late edit before what it refers to.
  function twoMembers() {
    const a = docOf(1);
    const b = docOf(2);
    b.getMap('map').set('early', true);
    syncAll([a, b]);
    return { a, b };
  }

  it('waits for the item on the left of an insert (origin)', () => {
    const { a, b } = twoMembers();
    // Alternating appends: each item's left neighbour is the other member's last item.
    for (let i = 0; i < 300; i++) {
      const doc = i % 2 === 0 ? a : b;
      const list = doc.getArray<number>('list');
      list.insert(list.length, [i]);
      syncAll([a, b]);
    }
    expect([...b.store.clients.keys()][0]).toBe(2);
    expectRebuildsAtEverySize(b);
  });

  it('waits for the item on the right of an insert (right origin)', () => {
    const { a, b } = twoMembers();
    // Inserts at the front: each has no left neighbour, only the previous front on its right.
    for (let i = 0; i < 30; i++) a.getArray<number>('list').insert(0, [i]);
    syncAll([a, b]);
    b.getArray<number>('list').insert(0, [-1]);
    expectRebuildsAtEverySize(b);
  });

  it('waits for the nested map that an entry is written into (parent)', () => {
    const { a, b } = twoMembers();
    for (let i = 0; i < 30; i++) a.getMap('map').set(`k${String(i)}`, i);
    a.getMap('map').set('nested', new Y.Map<number>());
    syncAll([a, b]);
    (b.getMap('map').get('nested') as Y.Map<number>).set('x', 1);
    expectRebuildsAtEverySize(b);
  });
});

describe('chunking a plan', () => {
  it('rebuilds the rows and cells of a plan edited by two members', () => {
    let time = 1_800_000_000_000;
    const now = () => (time += 60_000);
    const kariDoc = docOf(1);
    const kari = new PlanModel(kariDoc, { actor: 'Kari', now, undoCaptureMs: 0 });
    kari.createPlan({
      title: 'MI in home care',
      organisation: 'Larvik',
      template: 'blank',
      locale: 'en',
      sheets: standardSheets('en'),
    });
    const sheet = kari.sheets().find((s) => s.kind === 'plan')!;
    const columns = kari.columns(sheet.id);
    const activity = columns.find((c) => c.type === 'text')!;
    const notes = columns.find((c) => c.type === 'longText')!;
    kari.appendRowValues(
      sheet.id,
      Array.from({ length: 60 }, (_, i) => ({
        [activity.id]: `Activity ${String(i)}`,
        [notes.id]: `Note ${String(i)}`,
      })),
    );
    const rowIds = kari.rowIds(sheet.id);

    const olaDoc = docOf(2);
    syncAll([kariDoc, olaDoc]);
    const ola = new PlanModel(olaDoc, { actor: 'Ola', now, undoCaptureMs: 0 });
    for (let i = 0; i < 60; i += 7) {
      expect(ola.setCell(sheet.id, rowIds[i]!, activity.id, `Edited ${String(i)}`)).toEqual({
        ok: true,
      });
      ola.setCell(sheet.id, rowIds[i]!, notes.id, `Ola's note ${String(i)}`);
    }
    syncAll([kariDoc, olaDoc]);
    kari.deleteRow(sheet.id, rowIds[3]!);

    for (const size of [5, 100, undefined]) {
      const rebuilt = rebuild(encodeStateAsChunks(kariDoc, size));
      const model = new PlanModel(rebuilt, { actor: 'Reader', now, undoCaptureMs: 0 });
      expect(model.rowIds(sheet.id)).toEqual(kari.rowIds(sheet.id));
      expect(model.rowIds(sheet.id)).not.toContain(rowIds[3]);
      expect(model.rawCell(sheet.id, rowIds[7]!, activity.id)).toBe('Edited 7');
      expect(model.rawCell(sheet.id, rowIds[7]!, notes.id)).toBe("Ola's note 7");
      expect(model.snapshot()).toEqual(kari.snapshot());
      expectSameDoc(rebuilt, kariDoc);
    }
  });
});

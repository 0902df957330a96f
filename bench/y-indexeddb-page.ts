// A bench helper that runs in browser pages, not in Node.

/**
 * Writes a plan's database as y-indexeddb lays it out, one update holding the whole plan. Runs
 * in a page: bundled into the grid probe, or handed to Playwright's `evaluate` as it is, so no
 * named inner functions and nothing from outside (tsx would wrap those in a `__name` helper
 * that the page does not have).
 */
export async function writeYjsDatabase({ name, base64 }: { name: string; base64: string }) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  await new Promise((resolve, reject) => {
    const deleting = indexedDB.deleteDatabase(name);
    deleting.onsuccess = resolve;
    deleting.onerror = reject;
  });
  // lib0/indexeddb opens without a version (so 1): an auto-keyed `updates` store and `custom`.
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const opening = indexedDB.open(name);
    opening.onupgradeneeded = () => {
      opening.result.createObjectStore('updates', { autoIncrement: true });
      opening.result.createObjectStore('custom');
    };
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error ?? new Error('IndexedDB open failed.'));
  });
  const tx = db.transaction('updates', 'readwrite');
  tx.objectStore('updates').add(bytes);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed.'));
  });
  db.close();
}

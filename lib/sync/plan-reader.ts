import * as Y from 'yjs';
import { PlanModel } from '../model/plan-model';
import { attachPersistence } from './persistence';

/**
 * Opens a stored plan, hands its model to `read`, and lets go of everything again (model,
 * database, document): for the background, which holds no document between runs.
 */
export async function readStoredPlan<T>(planId: string, read: (model: PlanModel) => T): Promise<T> {
  const doc = new Y.Doc();
  const persistence = await attachPersistence(doc, planId);
  const model = new PlanModel(doc, { actor: '' });
  try {
    return read(model);
  } finally {
    model.destroy();
    await persistence.destroy();
    doc.destroy();
  }
}

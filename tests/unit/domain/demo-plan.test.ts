import { LOCALES } from '@/lib/i18n/locales';
import { demoPlanSpec } from '@/lib/domain/demo-plan';
import { SHEET_WORDS } from '@/lib/domain/sheet-words';
import { makeModel } from '../model/helpers';

describe.each(LOCALES)('the demo plan in %s', (locale) => {
  it('is the four-phase model under way: some done, some late, the rest to come', () => {
    const model = makeModel();
    model.createPlan(demoPlanSpec(locale, new Date(Date.UTC(2027, 2, 17, 9))));
    const w = SHEET_WORDS[locale];
    const plan = model.sheets()[0];
    if (!plan) throw new Error('no plan sheet');
    const columns = model.columns(plan.id);
    const read = (rowId: string, name: string) => {
      const column = columns.find((c) => c.name === name);
      const cell = column ? model.cell(plan.id, rowId, column) : { state: 'empty' as const };
      expect(cell.state, name).not.toBe('invalid');
      return cell.state === 'ok' ? cell.value : null;
    };
    const rows = model.rowIds(plan.id).map((id) => ({
      status: read(id, w.plan.status),
      start: read(id, w.plan.start),
      due: read(id, w.plan.due),
    }));
    expect(rows[0]).toMatchObject({ status: 'done', start: '2026-11-10' });
    expect(rows.some((r) => r.status === 'inProgress' && String(r.due) < '2027-03-17')).toBe(true);
    expect(rows.some((r) => r.status === 'notStarted')).toBe(true);
    expect(model.getMeta().template).toBe('demo');
  });
});

import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { blankPlanSpec } from '@/lib/domain/blank-plan';
import {
  actionItemColumns,
  actionItemsOf,
  lastMeeting,
  planChangesSince,
  planRowChoices,
  readMeetings,
  startOfLocalDay,
  type Meeting,
} from '@/lib/domain/meetings';
import { SHEET_WORDS } from '@/lib/domain/sheet-words';
import { buildTemplatePlan } from '@/lib/domain/templates';
import { LOCALES } from '@/lib/i18n/locales';
import { PlanModel } from '@/lib/model/plan-model';
import { link, syncInto } from '../model/helpers';

const DAY = 86_400_000;

/** Two members' copies of one plan, linked live, on a clock the test moves. */
function twoMembers() {
  let now = startOfLocalDay('2027-03-01') + 9 * 3_600_000;
  const clock = () => now;
  const kari = new PlanModel(new Y.Doc(), { actor: 'Kari', now: clock, undoCaptureMs: 0 });
  kari.createPlan(buildTemplatePlan('four-phase', 'nb', '2027-03-01', 'Plan', 'Kommune'));
  const ola = new PlanModel(new Y.Doc(), { actor: 'Ola', now: clock, undoCaptureMs: 0 });
  syncInto(ola.doc, kari.doc);
  link(kari.doc, ola.doc);
  const plan = kari.sheets().find((s) => s.kind === 'plan')?.id ?? '';
  const meetings = kari.sheets().find((s) => s.kind === 'meetings')?.id ?? '';
  const columns = actionItemColumns(kari.columns(plan));
  return {
    kari,
    ola,
    plan,
    meetings,
    columns,
    at: (iso: string, hour = 12) => (now = startOfLocalDay(iso) + hour * 3_600_000),
    later: (ms: number) => (now += ms),
  };
}

describe('the Meetings sheet', () => {
  it('has a single-choice kind column with the four kinds in all four languages', () => {
    for (const locale of LOCALES) {
      const meetings = blankPlanSpec('P', 'O', locale).sheets.find((s) => s.kind === 'meetings');
      const kind = meetings?.columns.find((c) => c.name === SHEET_WORDS[locale].meetings.kind);
      expect(kind?.type, locale).toBe('choice');
      expect(kind?.options?.map((o) => o.id)).toEqual([
        'status',
        'supervision',
        'workingGroup',
        'steeringGroup',
      ]);
      expect(kind?.options?.map((o) => o.label)).toEqual(
        Object.values(SHEET_WORDS[locale].meetingKinds),
      );
    }
    expect(SHEET_WORDS.sv.meetingKinds.supervision).toBe('Handledning');
    expect(SHEET_WORDS.da.meetingKinds.steeringGroup).toBe('Styregruppe');
  });

  it('reads each meeting’s date and kind label from a template', () => {
    const { kari, meetings } = twoMembers();
    const all = readMeetings(kari, meetings);
    expect(all.length).toBeGreaterThan(3);
    expect(all.every((m) => m.date !== null)).toBe(true);
    expect(new Set(all.map((m) => m.kind))).toContain('Veiledning');
  });

  it('merges two members typing in one meeting’s notes at once', () => {
    const { kari, ola, meetings } = twoMembers();
    const a = new Y.Doc();
    const b = new Y.Doc();
    syncInto(a, kari.doc);
    syncInto(b, kari.doc);
    const anna = new PlanModel(a, { actor: 'Anna' });
    const bo = new PlanModel(b, { actor: 'Bo' });
    const row = kari.rowIds(meetings)[0] ?? '';
    const notes = kari.columns(meetings).find((c) => c.type === 'longText');
    if (!notes) throw new Error('no notes column');
    const start = String(anna.rawCell(meetings, row, notes.id));
    // Offline from each other: Anna adds a line at the end, Bo writes at the start.
    anna.setCell(meetings, row, notes.id, `${start}\nAnna: rommet er booket.`);
    bo.setCell(meetings, row, notes.id, `Bo: ordstyrer i dag.\n${start}`);
    syncInto(a, b);
    syncInto(b, a);
    const merged = `Bo: ordstyrer i dag.\n${start}\nAnna: rommet er booket.`;
    expect(anna.rawCell(meetings, row, notes.id)).toBe(merged);
    expect(bo.rawCell(meetings, row, notes.id)).toBe(merged);
    expect(ola.rawCell(meetings, row, notes.id)).toBe(start);
  });
});

describe('the last meeting', () => {
  const m = (rowId: string, date: string | null): Meeting => ({ rowId, date, kind: '' });

  it('is the latest one dated before today, whatever the sheet order', () => {
    const all = [m('a', '2027-03-01'), m('c', '2027-05-01'), m('b', '2027-04-01')];
    expect(lastMeeting(all, '2027-04-20')?.rowId).toBe('b');
    expect(lastMeeting(all, '2027-04-01')?.rowId, 'today’s meeting is the one being held').toBe(
      'a',
    );
  });

  it('is today’s when none was before, and the first row when none is dated', () => {
    expect(lastMeeting([m('a', '2027-03-01'), m('b', null)], '2027-03-01')?.rowId).toBe('a');
    expect(lastMeeting([m('a', null), m('b', null)], '2027-03-01')?.rowId).toBe('a');
    expect(lastMeeting([], '2027-03-01')).toBeUndefined();
  });
});

describe('action items', () => {
  it('are Plan rows added from a meeting, and existing rows linked to it', () => {
    const { kari, ola, plan, meetings, columns } = twoMembers();
    const [first, second] = kari.rowIds(meetings);
    const id = kari.addActionItem(plan, first ?? '', {
      [columns.activity?.id ?? '']: 'Bestille kurslokale',
      [columns.responsible?.id ?? '']: 'Kari',
      [columns.due?.id ?? '']: '2027-03-20',
      [columns.status?.id ?? '']: 'notStarted',
    });
    expect(kari.rowIds(plan).at(-1)).toBe(id);
    const linked = kari.rowIds(plan)[0] ?? '';
    ola.setRowMeeting(plan, linked, first ?? '');
    expect(actionItemsOf(kari, plan, first ?? '').map((i) => i.rowId)).toEqual([linked, id]);
    expect(actionItemsOf(kari, plan, first ?? '').at(-1)).toEqual({
      rowId: id,
      activity: 'Bestille kurslokale',
      responsible: 'Kari',
      due: '2027-03-20',
      status: 'Ikke startet',
    });
    expect(actionItemsOf(kari, plan, second ?? '')).toEqual([]);
    const choice = planRowChoices(kari, plan).find((c) => c.rowId === linked);
    expect(choice?.meeting).toBe(first);
    kari.setRowMeeting(plan, linked, null);
    expect(actionItemsOf(ola, plan, first ?? '').map((i) => i.rowId)).toEqual([id]);
    // Adding one is one undo step, and undoing it takes the row away again.
    kari.undo();
    kari.undo();
    expect(kari.rowIds(plan)).not.toContain(id);
  });

  it('leave the trash out', () => {
    const { kari, plan, meetings, columns } = twoMembers();
    const meeting = kari.rowIds(meetings)[0] ?? '';
    const id = kari.addActionItem(plan, meeting, { [columns.activity?.id ?? '']: 'X' });
    kari.deleteRow(plan, id);
    expect(actionItemsOf(kari, plan, meeting)).toEqual([]);
  });
});

describe('changes since a meeting', () => {
  it('lists rows added, edited and deleted since the meeting’s day, newest first, by whom', () => {
    const s = twoMembers();
    const { kari, ola, plan, columns } = s;
    const [r0, r1, r2, r3] = kari.rowIds(plan);
    s.at('2027-03-05');
    kari.setCell(plan, r0 ?? '', columns.activity?.id ?? '', 'Before the meeting');
    s.at('2027-03-10', 8); // the meeting's day, before it started
    ola.setCell(plan, r1 ?? '', columns.due?.id ?? '', '2027-04-01');
    s.at('2027-03-11');
    const added = ola.insertRow(plan, undefined, { [columns.activity?.id ?? '']: 'Ny rad' });
    s.later(DAY);
    kari.deleteRow(plan, r2 ?? '');
    s.later(DAY);
    ola.deleteRow(plan, r3 ?? '');
    ola.restoreRow(plan, r3 ?? '');
    const changes = planChangesSince(
      kari,
      plan,
      startOfLocalDay('2027-03-10'),
      kari.getMeta().createdAt,
    );
    expect(changes.map((c) => [c.what, c.by, c.rowId])).toEqual([
      ['edited', 'Ola', r3],
      ['deleted', 'Kari', r2],
      ['added', 'Ola', added],
      ['edited', 'Ola', r1],
    ]);
    expect(changes[2]?.activity).toBe('Ny rad');
    expect(changes[2]?.at).toBe(startOfLocalDay('2027-03-11') + 12 * 3_600_000);
  });

  it('does not count the rows the plan was created with, nor edits before the meeting', () => {
    const s = twoMembers();
    expect(
      planChangesSince(s.kari, s.plan, startOfLocalDay('2027-02-01'), s.kari.getMeta().createdAt),
    ).toEqual([]);
    s.at('2027-03-05');
    s.kari.setCell(s.plan, s.kari.rowIds(s.plan)[0] ?? '', s.columns.activity?.id ?? '', 'X');
    expect(
      planChangesSince(s.kari, s.plan, startOfLocalDay('2027-03-06'), s.kari.getMeta().createdAt),
    ).toEqual([]);
  });

  it('shows an edit its maker made seconds after creating the plan', () => {
    const s = twoMembers();
    s.later(5_000);
    const row = s.kari.rowIds(s.plan)[0] ?? '';
    s.kari.setCell(s.plan, row, s.columns.activity?.id ?? '', 'Straight away');
    s.later(5_000);
    s.kari.setCell(s.plan, row, s.columns.activity?.id ?? '', 'Straight away, again');
    const changes = planChangesSince(
      s.kari,
      s.plan,
      startOfLocalDay('2027-03-01'),
      s.kari.getMeta().createdAt,
    );
    expect(changes.map((c) => [c.what, c.by, c.activity])).toEqual([
      ['edited', 'Kari', 'Straight away, again'],
    ]);
  });

  it('shows a new row that another member then edited as added and edited', () => {
    const s = twoMembers();
    s.at('2027-03-11');
    const id = s.kari.insertRow(s.plan, undefined, { [s.columns.activity?.id ?? '']: 'Kurs' });
    s.later(60_000);
    s.ola.setCell(s.plan, id, s.columns.due?.id ?? '', '2027-04-04');
    s.later(60_000);
    s.kari.insertRow(s.plan, undefined, { [s.columns.activity?.id ?? '']: 'Eget' });
    const changes = planChangesSince(s.kari, s.plan, startOfLocalDay('2027-03-10'), null);
    expect(changes.filter((c) => c.rowId === id).map((c) => [c.what, c.by])).toEqual([
      ['edited', 'Ola'],
      ['added', 'Kari'],
    ]);
    expect(changes.filter((c) => c.activity === 'Eget').map((c) => c.what)).toEqual(['added']);
  });
});

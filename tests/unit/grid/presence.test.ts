import { describe, expect, it } from 'vitest';
import { presenceByCell, presenceKey } from '@/lib/grid/presence';

const member = (name: string, cell: [string, string, string] | null) => ({
  name,
  colour: '#123456',
  cell: cell ? { sheetId: cell[0], rowId: cell[1], columnId: cell[2] } : null,
});

describe('members in cells', () => {
  it('puts each member in their cell of this sheet, several in one cell together', () => {
    const byCell = presenceByCell(
      [
        member('Ingrid', ['plan', 'r1', 'c1']),
        member('Lars', ['plan', 'r1', 'c1']),
        member('Ole', ['plan', 'r2', 'c3']),
        member('Siri', ['people', 'r1', 'c1']),
        member('Tor', null),
      ],
      'plan',
    );
    expect(byCell.get(presenceKey('r1', 'c1'))?.map((m) => m.name)).toEqual(['Ingrid', 'Lars']);
    expect(byCell.get(presenceKey('r2', 'c3'))?.map((m) => m.name)).toEqual(['Ole']);
    expect(byCell.size).toBe(2);
  });

  it('keeps ids that contain the separator-like characters apart', () => {
    const byCell = presenceByCell(
      [member('A', ['s', 'r:1', 'c']), member('B', ['s', 'r', '1:c'])],
      's',
    );
    expect(byCell.size).toBe(2);
  });
});

/** A member shown in a cell: their name and colour. */
export interface CellPresence {
  name: string;
  colour: string;
}

interface PresentMember extends CellPresence {
  cell: { sheetId: string; rowId: string; columnId: string } | null;
}

/** The key of a cell in `presenceByCell`. */
export function presenceKey(rowId: string, columnId: string): string {
  return `${rowId}\u0000${columnId}`;
}

/** Which members are in which cell of one sheet, in the order given (sorted by name upstream). */
export function presenceByCell(
  members: readonly PresentMember[],
  sheetId: string,
): Map<string, CellPresence[]> {
  const byCell = new Map<string, CellPresence[]>();
  for (const member of members) {
    if (member.cell?.sheetId !== sheetId) continue;
    const key = presenceKey(member.cell.rowId, member.cell.columnId);
    const here = byCell.get(key) ?? [];
    here.push({ name: member.name, colour: member.colour });
    byCell.set(key, here);
  }
  return byCell;
}

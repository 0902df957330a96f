import { describe, expect, it } from 'vitest';
import { clipRowValues, CLIP_FRESH_MS, parseClip, type Clip } from '@/lib/clip/clip';
import type { ColumnInfo, ColumnType } from '@/lib/model/schema';

function column(id: string, name: string, type: ColumnType, hidden = false): ColumnInfo {
  return { id, name, type, options: [], width: 160, hidden, order: id };
}

const clip: Clip = {
  text: 'Veiledning hver tredje måned.',
  title: 'Intranett – MI',
  url: 'http://127.0.0.1:8080/mi.html',
  at: 1000,
};

describe('a clip', () => {
  it('is read only while fresh, with a web address only', () => {
    expect(parseClip({ ...clip, text: '  x  ' }, 2000)).toEqual({ ...clip, text: 'x' });
    expect(parseClip(clip, 1000 + CLIP_FRESH_MS + 1)).toBeNull();
    expect(parseClip({ ...clip, text: '   ' }, 2000)).toBeNull();
    expect(parseClip({ ...clip, url: 'javascript:alert(1)' }, 2000)?.url).toBe('');
    expect(parseClip('junk', 2000)).toBeNull();
  });

  it('fills an activity: the text names the row, title and address go to Notes', () => {
    const columns = [
      column('a', 'Aktivitet', 'text'),
      column('r', 'Ansvarlig', 'person'),
      column('n', 'Notater', 'longText'),
    ];
    expect(clipRowValues(columns, clip, 'activity')).toEqual({
      a: clip.text,
      n: 'Intranett – MI\nhttp://127.0.0.1:8080/mi.html',
    });
    expect(clipRowValues(columns, clip, 'note')).toEqual({
      a: 'Intranett – MI',
      n: 'Veiledning hver tredje måned.\n\nIntranett – MI\nhttp://127.0.0.1:8080/mi.html',
    });
  });

  it('puts everything in the one text column of a sheet without notes, skipping hidden ones', () => {
    const columns = [column('h', 'Notes', 'longText', true), column('a', 'Title', 'text')];
    expect(clipRowValues(columns, clip, 'activity')).toEqual({
      a: 'Veiledning hver tredje måned.\n\nIntranett – MI\nhttp://127.0.0.1:8080/mi.html',
    });
    expect(clipRowValues([column('x', 'Score', 'number')], clip, 'note')).toEqual({});
  });
});

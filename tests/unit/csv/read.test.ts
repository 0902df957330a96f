import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '@/lib/csv/encoding';
import { readCsvBytes, parseCsvText, type CsvTable } from '@/lib/csv/read';
import { detectHeader, detectSeparator } from '@/lib/csv/sniff';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(__dirname, '../../fixtures/csv', name)));

function table(name: string): CsvTable {
  const result = readCsvBytes(fixture(name));
  if (!result.ok) throw new Error(`${name} did not read: ${result.problem}`);
  return result.table;
}

describe('reading files as Nordic Excel and LibreOffice save them', () => {
  it('reads a Windows-1252 Excel file with æøå, quoted `;` and a line break in a field', () => {
    const t = table('excel-nb-cp1252.csv');
    expect(t.encoding).toBe('windows-1252');
    expect(t.separator).toBe(';');
    expect(t.hasHeader).toBe(true);
    expect(t.rows).toHaveLength(5);
    expect(t.rows[1]?.[1]).toBe('Kari Nordmann');
    expect(t.rows[2]).toEqual([
      'Opprette arbeidsgruppe',
      'Ola Ås',
      '01.02.2027',
      '14.02.2027',
      'Pågår',
      '37,5',
      'Må avklare; hvem fra NAV?\r\nSpør Bjørn',
    ]);
    expect(t.rows[3]?.[6]).toBe('Kostnad 12 500 €, se “budsjett”');
    expect(t.rows[4]?.[1]).toBe('Per Ærø');
  });

  it('reads UTF-8 with a byte-order mark (Excel "CSV UTF-8")', () => {
    const t = table('excel-da-utf8-bom.csv');
    expect(t.encoding).toBe('utf-8-bom');
    expect(t.rows[0]?.[0]).toBe('Aktivitet');
    expect(t.rows[1]?.[1]).toBe('Søren Østergaard');
    expect(t.rows[2]?.[6]).toBe('Første møde; uge 6');
  });

  it('reads LibreOffice’s comma-separated UTF-8 with LF line ends and quoted decimal commas', () => {
    const t = table('libreoffice-sv-utf8.csv');
    expect(t.encoding).toBe('utf-8');
    expect(t.separator).toBe(',');
    expect(t.rows).toHaveLength(3);
    expect(t.rows[2]?.[5]).toBe('12,5');
    expect(t.rows[2]?.[6]).toBe('Möte i "Storsalen", vån 2');
  });

  it('honours a `sep=` first line and numbers rows without it', () => {
    const t = table('sep-line.csv');
    expect(t.separator).toBe(',');
    expect(t.rows[0]).toEqual(['Aktivitet', 'Frist', 'Timer']);
    expect(t.rows[1]).toEqual(['Kick-off', '17-03-2027', '2,5']);
    expect(t.rowNumbers).toEqual([1, 2, 3]);
  });

  it('reads UTF-16 LE tab-separated "Unicode text" and UTF-16 BE', () => {
    const le = table('excel-unicode-text.txt');
    expect(le.encoding).toBe('utf-16le');
    expect(le.separator).toBe('\t');
    expect(le.rows[2]).toEqual(['Veiledning', 'Øyvind', '24.03.2027']);
    const be = table('utf16be.csv');
    expect(be.encoding).toBe('utf-16be');
    expect(be.rows).toEqual([
      ['Aktivitet', 'Frist'],
      ['Kurs', '2027-03-17'],
    ]);
  });

  it('keeps ragged rows as they are, for the preview to point out', () => {
    const t = table('ragged.csv');
    expect(t.rows.map((r) => r.length)).toEqual([3, 3, 2, 4, 5]);
  });

  it('refuses empty files, a lone BOM, blank lines and binary junk with a reason', () => {
    expect(readCsvBytes(fixture('empty.csv'))).toEqual({ ok: false, problem: 'empty' });
    expect(readCsvBytes(fixture('bom-only.csv'))).toEqual({ ok: false, problem: 'empty' });
    expect(readCsvBytes(fixture('blank-lines.csv'))).toEqual({ ok: false, problem: 'noRecords' });
    expect(readCsvBytes(fixture('junk.csv'))).toEqual({ ok: false, problem: 'binary' });
  });

  it('reads a header-only file as one header row', () => {
    const t = table('header-only.csv');
    expect(t.rows).toEqual([['Aktivitet', 'Ansvarlig', 'Frist']]);
    expect(t.hasHeader).toBe(true);
  });

  it('marks the row where a quote is never closed', () => {
    const t = table('unclosed-quote.csv');
    expect(t.quoteProblems).toEqual([1]);
    expect(t.rows[1]?.[1]).toContain('åpen');
  });

  it('tells a file without a header from one with', () => {
    expect(table('no-header.csv').hasHeader).toBe(false);
    expect(detectHeader([['Navn', 'Navn']])).toBe(false);
    expect(detectHeader([['Aktivitet', 'Frist', '']])).toBe(true);
  });
});

describe('encoding and separator detection', () => {
  it('prefers UTF-8 when the bytes are valid UTF-8, else Windows-1252', () => {
    const utf = decodeCsvBytes(new TextEncoder().encode('Ærø;Å'));
    expect(utf).toEqual({ ok: true, text: 'Ærø;Å', encoding: 'utf-8' });
    const latin = decodeCsvBytes(Uint8Array.from([0xc6, 0x72, 0xf8, 0x3b, 0xc5]));
    expect(latin).toEqual({ ok: true, text: 'Ærø;Å', encoding: 'windows-1252' });
  });

  it('chooses `;` over `,` when decimal commas make both look regular', () => {
    expect(detectSeparator('a;b;c\r\n1,5;2,5;3\r\n4,5;5;6,25\r\n')).toBe(';');
    expect(detectSeparator('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectSeparator('a\tb;c\n1\t2;3\n4\t5\n')).toBe('\t');
    expect(detectSeparator('"x;y",b\n"1;2",3\n')).toBe(',');
  });

  it('parses pasted text with a BOM character and a chosen separator', () => {
    const result = parseCsvText('\ufeffa;b\n1;2', 'utf-8', { separator: ',' });
    expect(result.ok && result.table.rows).toEqual([['a;b'], ['1;2']]);
  });

  it('reports progress per chunk, ending at 1', () => {
    const seen: number[] = [];
    parseCsvText('a;b\n'.repeat(1000), 'utf-8', {
      chunkSize: 1000,
      onProgress: (f) => seen.push(f),
    });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.at(-1)).toBe(1);
  });
});

describe('a 50 MB file', () => {
  it('is read without error, in reasonable time, beside papaparse’s bare parse', () => {
    const header = 'Aktivitet;Ansvarlig;Start;Frist;Status;Fremdrift;Notater\r\n';
    const line =
      'Veiledning hver 3. måned;Kari Nordmann;01.04.2027;30.06.2028;Pågår;37,5;"Notat; med semikolon\r\nog linjeskift"\r\n';
    const count = Math.ceil((50 * 1024 * 1024) / line.length);
    const text = header + line.repeat(count);
    const bytes = new TextEncoder().encode(text);
    expect(bytes.byteLength).toBeGreaterThanOrEqual(50 * 1024 * 1024);

    let started = performance.now();
    const result = readCsvBytes(bytes);
    const ours = performance.now() - started;
    started = performance.now();
    const bare = Papa.parse<string[]>(text, { delimiter: ';' });
    const papa = performance.now() - started;

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.table.rows).toHaveLength(count + 1);
    expect(result.table.rows.at(-1)?.[6]).toBe('Notat; med semikolon\r\nog linjeskift');
    expect(bare.data.length).toBeGreaterThanOrEqual(count);
    console.log(`50 MB: read ${ours.toFixed(0)} ms, papaparse alone ${papa.toFixed(0)} ms`);
    // Decoding and sniffing on top of the bare parse, not a different order of cost.
    expect(ours).toBeLessThan(papa * 4 + 5000);
  }, 120_000);
});

describe('text our own export neutralised', () => {
  it('comes back as it was written', () => {
    expect(table('own-export-neutralised.csv').rows).toEqual([
      ['Aktivitet', 'Notater'],
      ['=SUM(A1:A3)', '-5 timer'],
      ['@Kari', '+47 99 99 99 99'],
      ["'=x", 'vanlig'],
    ]);
  });
});

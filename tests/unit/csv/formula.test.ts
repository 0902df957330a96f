import { describe, expect, it } from 'vitest';
import { isFormulaLike, neutraliseFormula, restoreFormula } from '@/lib/csv/formula';

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r'];

describe('neutraliseFormula', () => {
  it.each(DANGEROUS)('puts an apostrophe before text starting with %j', (first) => {
    const text = `${first}HYPERLINK("http://x")`;
    expect(isFormulaLike(text)).toBe(true);
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text, empty text and a dangerous character later in the text alone', () => {
    for (const text of ['', 'Kartlegging', ' =1+1', 'a=b', '1-2', "'quoted", 'x@y.no', '\n=1']) {
      expect(neutraliseFormula(text), text).toBe(text);
    }
  });

  it('adds one more apostrophe to text that already looks neutralised, so restore is exact', () => {
    expect(neutraliseFormula("'=1+1")).toBe("''=1+1");
    expect(neutraliseFormula("''-5")).toBe("'''-5");
  });
});

describe('restoreFormula', () => {
  it.each(DANGEROUS)('gives back the original of text starting with %j', (first) => {
    for (const rest of ['', '1+1', 'cmd|" /C calc"!A0', "'", '\n']) {
      const original = first + rest;
      expect(restoreFormula(neutraliseFormula(original))).toBe(original);
    }
  });

  it('round-trips text with apostrophes in front of a dangerous character', () => {
    for (const original of ["'=x", "''+47", "'''@here", "'", "''", "'a", "x'=y"]) {
      expect(restoreFormula(neutraliseFormula(original)), original).toBe(original);
    }
  });

  it('leaves text that was never neutralised as it is', () => {
    for (const text of ['', 'plain', "'plain", "It's", '-']) {
      expect(restoreFormula(text), text).toBe(text === '-' ? '-' : text);
    }
  });

  it('round-trips every string of up to three characters from a small dangerous alphabet', () => {
    const alphabet = ['', "'", '=', '+', '-', '@', '\t', '\r', 'a', ' '];
    for (const a of alphabet)
      for (const b of alphabet)
        for (const c of alphabet) {
          const original = a + b + c;
          const safe = neutraliseFormula(original);
          expect(isFormulaLike(safe), JSON.stringify(original)).toBe(false);
          expect(restoreFormula(safe), JSON.stringify(original)).toBe(original);
        }
  });
});

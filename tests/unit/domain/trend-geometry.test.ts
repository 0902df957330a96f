import { describe, expect, it } from 'vitest';
import { trendGeometry } from '@/lib/domain/trend-geometry';
import { formatMitiValue, rangeWords } from '@/lib/domain/score-format';

describe('a trend chart’s layout', () => {
  it('spaces codings evenly and puts values on the scale, thresholds as lines', () => {
    const g = trendGeometry(
      [
        { label: 'a', value: 1 },
        { label: 'b', value: 5 },
      ],
      { min: 1, max: 5 },
      [3, null, 4],
    );
    expect(g.segments).toEqual(['5,37.5 95,2.5']);
    expect(g.dots.map((d) => [d.xPercent, d.yPercent])).toEqual([
      [5, 93.75],
      [95, 6.25],
    ]);
    expect(g.thresholds).toEqual([20, 11.25]);
  });

  it('breaks the line at a coding without a value instead of bridging it', () => {
    const g = trendGeometry(
      [
        { label: 'a', value: 1 },
        { label: 'b', value: 2 },
        { label: 'c', value: null },
        { label: 'd', value: 3 },
      ],
      { min: 0, max: 3 },
      [],
    );
    expect(g.segments).toHaveLength(1);
    expect(g.dots.map((d) => d.label)).toEqual(['a', 'b', 'd']);
  });

  it('centres a single coding and keeps values beyond the scale inside the box', () => {
    const g = trendGeometry([{ label: 'a', value: 9 }], { min: 0, max: 3 }, []);
    expect(g.dots).toEqual([{ xPercent: 50, yPercent: 6.25, label: 'a' }]);
    expect(g.segments).toEqual([]);
  });
});

describe('scores and ranges in words', () => {
  it('writes % complex reflections with a decimal where 39.9 % would otherwise read 40 %', () => {
    expect(formatMitiValue('complexReflections', 0.399, 'nb')).toBe('39,9\u00a0%');
    expect(formatMitiValue('complexReflections', 0.4, 'en')).toBe('40%');
    expect(formatMitiValue('reflectionToQuestion', 1 / 3, 'sv')).toBe('0,33');
    expect(formatMitiValue('technical', 3.5, 'da')).toBe('3,5');
  });

  it('names the message for each kind of range', () => {
    expect(rangeWords({ min: 1, max: 5, whole: true })).toEqual({
      key: 'rangeWholeBetween',
      params: { min: 1, max: 5 },
    });
    expect(rangeWords({ min: 0, max: null, whole: true }).key).toBe('rangeWholeAtLeast');
    expect(rangeWords({ min: 0, max: 1, whole: false }).key).toBe('rangeBetween');
  });
});

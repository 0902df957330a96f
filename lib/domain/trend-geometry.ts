/** One coding on a trend line: its label (the date) and value, null where it has none. */
export interface TrendPoint {
  label: string;
  value: number | null;
}

/** Where a trend chart draws, in a 100 × 40 box: lines, dots (in per cent) and thresholds. */
export interface TrendGeometry {
  width: number;
  height: number;
  /** Polyline point lists; a coding without a value breaks the line rather than bridging it. */
  segments: string[];
  dots: { xPercent: number; yPercent: number; label: string }[];
  /** The y of each threshold given, in order (nulls left out). */
  thresholds: number[];
}

const WIDTH = 100;
const HEIGHT = 40;
// Dots at the very edge would be cut in half by the chart's box.
const INSET = 5;

/** Lays out a trend: codings evenly spaced in time order, values on the scale `min`–`max`. */
export function trendGeometry(
  points: readonly TrendPoint[],
  scale: { min: number; max: number },
  thresholds: readonly (number | null)[],
): TrendGeometry {
  const span = scale.max - scale.min || 1;
  const y = (v: number) => {
    const clamped = Math.min(scale.max, Math.max(scale.min, v));
    return INSET / 2 + (HEIGHT - INSET) * (1 - (clamped - scale.min) / span);
  };
  const x = (i: number) =>
    points.length <= 1 ? WIDTH / 2 : INSET + ((WIDTH - 2 * INSET) * i) / (points.length - 1);
  const segments: string[] = [];
  let run: string[] = [];
  const dots: TrendGeometry['dots'] = [];
  points.forEach((p, i) => {
    if (p.value === null || !Number.isFinite(p.value)) {
      if (run.length > 1) segments.push(run.join(' '));
      run = [];
      return;
    }
    const px = x(i);
    const py = y(p.value);
    run.push(`${round(px)},${round(py)}`);
    dots.push({
      xPercent: round((px / WIDTH) * 100),
      yPercent: round((py / HEIGHT) * 100),
      label: p.label,
    });
  });
  if (run.length > 1) segments.push(run.join(' '));
  return {
    width: WIDTH,
    height: HEIGHT,
    segments,
    dots,
    thresholds: thresholds.flatMap((t) => (t === null ? [] : [round(y(t))])),
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

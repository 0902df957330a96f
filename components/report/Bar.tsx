/**
 * A horizontal bar drawn as SVG, hidden from screen readers: the figure beside it is text.
 * `percent` is 0–100; `tone` picks the colour.
 */
export function Bar(props: { percent: number; tone?: 'accent' | 'good' | 'warn' | 'late' }) {
  return (
    <svg
      class={`report-bar report-bar--${props.tone ?? 'accent'}`}
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      aria-hidden="true"
    >
      <rect class="report-bar__track" x="0" y="0" width="100" height="10" />
      <rect
        class="report-bar__fill"
        x="0"
        y="0"
        width={Math.max(0, Math.min(100, props.percent))}
        height="10"
      />
    </svg>
  );
}

/**
 * A share 0–100 as a ring, hidden from screen readers: the figure beside it is text. The
 * circle's circumference is 100 so the dash length is the per cent itself.
 */
export function ProgressRing(props: { percent: number; tone?: 'accent' | 'late' }) {
  const shown = () => Math.max(0, Math.min(100, props.percent));
  return (
    <svg
      class={`progress-ring progress-ring--${props.tone ?? 'accent'}`}
      viewBox="0 0 40 40"
      aria-hidden="true"
    >
      <circle class="progress-ring__track" cx="20" cy="20" r="15.915" />
      <circle
        class="progress-ring__fill"
        cx="20"
        cy="20"
        r="15.915"
        stroke-dasharray={`${String(shown())} ${String(100 - shown())}`}
        stroke-dashoffset="25"
      />
    </svg>
  );
}

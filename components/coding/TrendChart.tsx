import { For, Show } from 'solid-js';
import { trendGeometry, type TrendPoint } from '@/lib/domain/trend-geometry';

/**
 * One summary score over a practitioner's codings: a line on the scale's full height, the
 * fair and good thresholds as dashed lines. The drawing is hidden from screen readers; the
 * `description` (every date and value) is read instead.
 */
export function TrendChart(props: {
  title: string;
  description: string;
  points: readonly TrendPoint[];
  min: number;
  max: number;
  fair: number | null;
  good: number | null;
  /** The newest value as the locale writes it, shown beside the title. */
  latest: string;
}) {
  const geometry = () =>
    trendGeometry(props.points, { min: props.min, max: props.max }, [props.fair, props.good]);
  return (
    <figure class="trend">
      <figcaption class="trend__title">
        <span>{props.title}</span>
        <span class="trend__latest" aria-hidden="true">
          {props.latest}
        </span>
      </figcaption>
      <div class="trend__box">
        <svg
          class="trend__chart"
          viewBox={`0 0 ${geometry().width} ${geometry().height}`}
          preserveAspectRatio="none"
          aria-hidden="true"
        >
          <rect
            class="trend__plot"
            x="0"
            y="0"
            width={geometry().width}
            height={geometry().height}
          />
          <For each={geometry().thresholds}>
            {(y, i) => (
              <line
                class={i() === 0 ? 'trend__fair' : 'trend__good'}
                x1="0"
                x2={geometry().width}
                y1={y}
                y2={y}
                vector-effect="non-scaling-stroke"
              />
            )}
          </For>
          <For each={geometry().segments}>
            {(points) => (
              <polyline class="trend__line" points={points} vector-effect="non-scaling-stroke" />
            )}
          </For>
        </svg>
        <div class="trend__dots" aria-hidden="true">
          <For each={geometry().dots}>
            {(dot) => (
              <span
                class="trend__dot"
                style={{ left: `${dot.xPercent}%`, top: `${dot.yPercent}%` }}
                title={dot.label}
              />
            )}
          </For>
        </div>
      </div>
      <Show when={props.description}>
        <p class="visually-hidden">{props.description}</p>
      </Show>
    </figure>
  );
}

import { For, Show } from 'solid-js';
import type { TimelineItem, TimelineLayout } from '@/lib/domain/timeline';
import { useI18n } from '../app/services';
import { itemText, phaseName } from './item-text';

// Within a lane (30 units): the label's baseline, then the bar; a diamond's centre.
const LABEL_Y = 11;
const BAR_Y = 15;
const BAR_HEIGHT = 11;
const DIAMOND_Y = 20;
const DIAMOND = 7;

/**
 * The drawn timeline: a week axis that stays in view while scrolling down, and the chart.
 * Both are pictures only (hidden from screen readers, which read the list); each item's
 * dates show on hover.
 */
export function TimelineChart(props: {
  layout: TimelineLayout;
  inView: { left: number; width: number };
}) {
  const { t } = useI18n();
  const l = () => props.layout;
  const bodyHeight = () => l().height - l().axisHeight;
  return (
    <>
      <div class="timeline__axis" style={{ width: `${String(l().width)}px` }}>
        <svg width={l().width} height={l().axisHeight} aria-hidden="true">
          <For each={l().weeks}>
            {(week) => (
              <>
                <line
                  class="timeline__tick"
                  classList={{ 'timeline__tick--year': week.week === 1 }}
                  x1={week.x}
                  x2={week.x}
                  y1={l().axisHeight - 10}
                  y2={l().axisHeight}
                />
                <Show when={week.showYear}>
                  <text class="timeline__year" x={week.x + 3} y={12}>
                    {week.year}
                  </text>
                </Show>
                <text
                  class="timeline__week"
                  x={week.x + l().weekWidth / 2}
                  y={l().axisHeight - 8}
                  text-anchor="middle"
                >
                  {week.week}
                </text>
              </>
            )}
          </For>
          <g class="timeline__today-label">
            <rect x={l().today.x - 22} y={1} width={44} height={14} rx={3} />
            <text x={l().today.x} y={12} text-anchor="middle">
              {t('timelineToday')}
            </text>
          </g>
        </svg>
      </div>
      <svg
        class="timeline__chart"
        width={l().width}
        height={bodyHeight()}
        viewBox={`0 ${String(l().axisHeight)} ${String(l().width)} ${String(bodyHeight())}`}
        aria-hidden="true"
      >
        <For each={l().bands}>
          {(band, i) => (
            <g class="timeline__band" classList={{ 'timeline__band--odd': i() % 2 === 1 }}>
              <rect
                class="timeline__band-bg"
                x={0}
                y={band.y}
                width={l().width}
                height={band.height}
              />
              <rect
                class="timeline__band-span"
                x={band.spanX}
                y={band.y + 2}
                width={band.spanWidth}
                height={band.height - 4}
                rx={4}
              />
              <text class="timeline__phase" x={band.spanX + 4} y={band.y + 15}>
                {phaseName(band.phase, t)}
              </text>
              <Show when={!nameInView(band.spanX, props.inView) && band.pointer}>
                {(pointer) => (
                  <text
                    class="timeline__phase timeline__phase--pointer"
                    x={pointer().x}
                    y={band.y + 15}
                    text-anchor={pointer().direction === 'ahead' ? 'start' : 'end'}
                  >
                    {pointer().direction === 'ahead'
                      ? `${phaseName(band.phase, t)} →`
                      : `← ${phaseName(band.phase, t)}`}
                  </text>
                )}
              </Show>
            </g>
          )}
        </For>
        <For each={l().weeks}>
          {(week) => (
            <line
              class="timeline__grid"
              classList={{ 'timeline__grid--year': week.week === 1 }}
              x1={week.x}
              x2={week.x}
              y1={l().axisHeight}
              y2={l().height}
            />
          )}
        </For>
        <For each={l().bands.flatMap((b) => b.items)}>{(item) => <Item item={item} />}</For>
        <line
          class="timeline__today"
          x1={l().today.x}
          x2={l().today.x}
          y1={l().axisHeight}
          y2={l().height}
        />
      </svg>
    </>
  );
}

// About the width of the start of a phase's name: enough of it to read.
const NAME_SEEN = 60;

function nameInView(x: number, inView: { left: number; width: number }): boolean {
  return x + 4 >= inView.left && x + 4 + NAME_SEEN <= inView.left + inView.width;
}

function Item(props: { item: TimelineItem }) {
  const { t, locale } = useI18n();
  const i = () => props.item;
  const y = () => i().y;
  return (
    <g
      class="timeline__item"
      classList={{
        'timeline__item--reversed': i().reversed,
        'timeline__item--start-only': i().startOnly,
      }}
    >
      <title>{itemText(i(), t, locale())}</title>
      <Show
        when={i().shape === 'bar'}
        fallback={
          <polygon
            class="timeline__milestone"
            points={[
              `${String(i().x)},${String(y() + DIAMOND_Y - DIAMOND)}`,
              `${String(i().x + DIAMOND)},${String(y() + DIAMOND_Y)}`,
              `${String(i().x)},${String(y() + DIAMOND_Y + DIAMOND)}`,
              `${String(i().x - DIAMOND)},${String(y() + DIAMOND_Y)}`,
            ].join(' ')}
          />
        }
      >
        <rect
          class="timeline__bar"
          x={i().x}
          y={y() + BAR_Y}
          width={i().width}
          height={BAR_HEIGHT}
          rx={3}
        />
      </Show>
      <text
        class="timeline__label"
        x={i().labelX}
        y={y() + (i().shape === 'bar' ? LABEL_Y : DIAMOND_Y + 4)}
        text-anchor={i().labelAnchor}
      >
        {i().activity === '' ? t('timelineNoName') : i().activity}
      </text>
    </g>
  );
}

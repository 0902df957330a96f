import * as Y from 'yjs';
import { fireEvent, render, screen, within } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import { I18nContext, ServicesContext } from '@/components/app/services';
import { PlanTimeline } from '@/components/timeline/PlanTimeline';
import { buildTemplatePlan } from '@/lib/domain/templates';
import type { Locale } from '@/lib/i18n/locales';
import { makeTranslator } from '@/lib/i18n/translate';
import { PlanModel } from '@/lib/model/plan-model';
import { createPlanView } from '@/lib/reactive/create-plan-view';
import { fakeServices } from './fake-services';

// 2027-03-17, a Wednesday in ISO week 11, at noon local time.
const NOW = new Date(2027, 2, 17, 12).getTime();

function renderTimeline(locale: Locale, onBack = () => {}) {
  const model = new PlanModel(new Y.Doc(), { actor: 'Kari' });
  model.createPlan(buildTemplatePlan('four-phase', locale, '2027-03-15', 'Plan', 'Kommune'));
  const sheetId = model.sheets().find((s) => s.kind === 'plan')?.id ?? '';
  const t = makeTranslator(locale);
  // The view is made once inside the render's root: written inline as a prop it would be a
  // getter making a new view (and a new listener) on every read.
  const result = render(() => {
    const view = createPlanView(model);
    return (
      <ServicesContext.Provider value={{ ...fakeServices(), now: () => NOW }}>
        <I18nContext.Provider value={{ t, locale: () => locale }}>
          <PlanTimeline view={view} sheetId={sheetId} onBack={onBack} />
        </I18nContext.Provider>
      </ServicesContext.Provider>
    );
  });
  return { ...result, model, sheetId };
}

describe('the plan timeline', () => {
  it('draws a bar or diamond per dated activity, a band per phase, and today', () => {
    const { container, model, sheetId } = renderTimeline('en');
    const rows = model.rowIds(sheetId).length;
    const bars = container.querySelectorAll('.timeline__bar').length;
    const diamonds = container.querySelectorAll('.timeline__milestone').length;
    expect(bars + diamonds).toBe(rows);
    expect(bars).toBeGreaterThan(0);
    expect(diamonds).toBeGreaterThan(0);
    expect(container.querySelectorAll('.timeline__band')).toHaveLength(4);
    expect(container.querySelector('.timeline__today')).not.toBeNull();
    expect(container.querySelector('.timeline__today-label')?.textContent).toBe('Today');
    const weeks = [...container.querySelectorAll('.timeline__week')].map((w) => w.textContent);
    expect(weeks.slice(0, 3)).toEqual(['10', '11', '12']);
  });

  it('gives screen readers a summary and the list in words, and shows the list on request', () => {
    renderTimeline('nb');
    const region = screen.getByRole('region', { name: /Tidslinje per uke/ });
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(document.activeElement, 'the chart should take the focus when it opens').toBe(region);
    expect(region.getAttribute('aria-describedby')).toBe('timeline-summary');
    expect(document.getElementById('timeline-summary')?.textContent).toMatch(
      /fra uke 10 2027 .* I dag er i uke 11\./,
    );
    for (const svg of region.querySelectorAll('svg'))
      expect(svg.getAttribute('aria-hidden')).toBe('true');
    const list = document.getElementById('timeline-list');
    expect(list?.classList.contains('visually-hidden')).toBe(true);
    // The first phase's first activity, in words with its weeks and Norwegian dates.
    const items = within(list as HTMLElement).getAllByRole('listitem');
    expect(items[0]?.textContent).toMatch(
      /: uke 11 \(15\.03\.2027\) til uke \d+ \(\d\d\.\d\d\.2027\)$/,
    );
    const toggle = screen.getByRole('button', { name: 'Vis som liste' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(list?.classList.contains('visually-hidden')).toBe(false);
  });

  it('follows the plan: a moved due date moves the bar, a reversed one is marked', () => {
    const { container, model, sheetId } = renderTimeline('en');
    const rowId = model.rowIds(sheetId)[0] ?? '';
    const due = model.columns(sheetId).find((c) => c.name === 'Due');
    const bar = () => container.querySelector('.timeline__bar');
    const before = Number(bar()?.getAttribute('width'));
    model.setCell(sheetId, rowId, due?.id ?? '', '2027-06-30');
    expect(Number(bar()?.getAttribute('width'))).toBeGreaterThan(before);
    model.setCell(sheetId, rowId, due?.id ?? '', '2027-03-01');
    expect(container.querySelector('.timeline__item--reversed')).not.toBeNull();
    expect(document.getElementById('timeline-list')?.textContent).toContain('is before the start');
  });

  it('goes back to the table', () => {
    let back = 0;
    renderTimeline('sv', () => (back += 1));
    fireEvent.click(screen.getByRole('button', { name: /Tabell/ }));
    expect(back).toBe(1);
  });
});

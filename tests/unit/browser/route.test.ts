import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from '@/lib/browser/route';

describe('page addresses', () => {
  it('reads a plan at one item: the plan, its sheet and the row', () => {
    expect(parseRoute('#/plan/p1a2b3/s9x8/r7k6j5')).toEqual({
      page: 'plan',
      planId: 'p1a2b3',
      item: { sheetId: 's9x8', rowId: 'r7k6j5' },
    });
    expect(parseRoute('#/plan/p1a2b3')).toEqual({ page: 'plan', planId: 'p1a2b3' });
  });

  it('writes every page so that reading it gives the same page back', () => {
    const routes: Route[] = [
      { page: 'list' },
      { page: 'plan', planId: 'abc' },
      { page: 'plan', planId: 'abc', item: { sheetId: 'def', rowId: 'ghi123' } },
      { page: 'report', planId: 'abc' },
      { page: 'dashboard', planId: 'abc' },
      { page: 'demo' },
      { page: 'settings' },
    ];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
    expect(routeHash(routes[2]!)).toBe('#/plan/abc/def/ghi123');
  });

  it('leads an address it does not know to the plan list, never to half an item', () => {
    for (const hash of [
      '',
      '#/',
      '#/plan/',
      '#/plan/abc/',
      '#/plan/abc/def',
      '#/plan/abc/def/',
      '#/plan/abc/def/ghi/jkl',
      '#/plan/ABC/def/ghi',
      '#/plan/abc/d-f/ghi',
      '#/plan/abc/def/ghi?x=1',
      `#/plan/abc/def/${'r'.repeat(65)}`,
      '#/report/abc/def/ghi',
      '#/dashboard/',
      '#/dashboard/abc/def',
    ])
      expect(parseRoute(hash), hash).toEqual({ page: 'list' });
  });
});

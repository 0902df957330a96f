// The addresses of the planner's pages (the part after `#`), shared by the pages and the
// background, which opens a plan at an item from a reminder.

/** A row of a sheet: what a reminder points at. */
export interface ItemRef {
  sheetId: string;
  rowId: string;
}

/**
 * Where the user is: the plan list, one plan (perhaps at one item), its leadership report or
 * dashboard, the demo (opens or makes a demo plan), or settings.
 */
export type Route =
  | { page: 'list' }
  | { page: 'plan'; planId: string; item?: ItemRef }
  | { page: 'report'; planId: string }
  | { page: 'dashboard'; planId: string }
  | { page: 'demo' }
  | { page: 'settings' };

// Plan, sheet and row ids are as lib/model/ids.ts and the plan directory make them.
const ID = '([a-z0-9]{1,64})';
const PLAN = new RegExp(`^#/plan/${ID}$`);
const ITEM = new RegExp(`^#/plan/${ID}/${ID}/${ID}$`);
const REPORT = new RegExp(`^#/report/${ID}$`);
const DASHBOARD = new RegExp(`^#/dashboard/${ID}$`);

/** Reads a page address; anything it does not know leads to the plan list. */
export function parseRoute(hash: string): Route {
  const plan = PLAN.exec(hash);
  if (plan?.[1]) return { page: 'plan', planId: plan[1] };
  const item = ITEM.exec(hash);
  if (item?.[1] && item[2] && item[3])
    return { page: 'plan', planId: item[1], item: { sheetId: item[2], rowId: item[3] } };
  const report = REPORT.exec(hash);
  if (report?.[1]) return { page: 'report', planId: report[1] };
  const dashboard = DASHBOARD.exec(hash);
  if (dashboard?.[1]) return { page: 'dashboard', planId: dashboard[1] };
  if (hash === '#/demo') return { page: 'demo' };
  if (hash === '#/settings') return { page: 'settings' };
  return { page: 'list' };
}

/** The address of a page, as parseRoute reads it. */
export function routeHash(route: Route): string {
  switch (route.page) {
    case 'plan':
      return route.item
        ? `#/plan/${route.planId}/${route.item.sheetId}/${route.item.rowId}`
        : `#/plan/${route.planId}`;
    case 'report':
      return `#/report/${route.planId}`;
    case 'dashboard':
      return `#/dashboard/${route.planId}`;
    case 'demo':
      return '#/demo';
    case 'settings':
      return '#/settings';
    case 'list':
      return '#/';
  }
}

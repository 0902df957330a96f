/** Where the user is: the plan list, one plan, its leadership report or dashboard, the demo (opens or makes a demo plan), or settings. */
export type Route =
  | { page: 'list' }
  | { page: 'plan'; planId: string }
  | { page: 'report'; planId: string }
  | { page: 'dashboard'; planId: string }
  | { page: 'demo' }
  | { page: 'settings' };

export function parseRoute(hash: string): Route {
  const match = /^#\/plan\/([a-z0-9]{1,64})$/.exec(hash);
  if (match?.[1]) return { page: 'plan', planId: match[1] };
  const report = /^#\/report\/([a-z0-9]{1,64})$/.exec(hash);
  if (report?.[1]) return { page: 'report', planId: report[1] };
  const dashboard = /^#\/dashboard\/([a-z0-9]{1,64})$/.exec(hash);
  if (dashboard?.[1]) return { page: 'dashboard', planId: dashboard[1] };
  if (hash === '#/demo') return { page: 'demo' };
  if (hash === '#/settings') return { page: 'settings' };
  return { page: 'list' };
}

export function routeHash(route: Route): string {
  switch (route.page) {
    case 'plan':
      return `#/plan/${route.planId}`;
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

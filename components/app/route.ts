/** Where the user is: the plan list, one plan, or the demo (opens or makes a demo plan). */
export type Route = { page: 'list' } | { page: 'plan'; planId: string } | { page: 'demo' };

export function parseRoute(hash: string): Route {
  const match = /^#\/plan\/([a-z0-9]{1,64})$/.exec(hash);
  if (match?.[1]) return { page: 'plan', planId: match[1] };
  if (hash === '#/demo') return { page: 'demo' };
  return { page: 'list' };
}

export function routeHash(route: Route): string {
  switch (route.page) {
    case 'plan':
      return `#/plan/${route.planId}`;
    case 'demo':
      return '#/demo';
    case 'list':
      return '#/';
  }
}

// Plain HTTP on the relay's port: GET /health for monitoring, a line of text at /, 404 elsewhere.

import type { IncomingMessage, ServerResponse } from 'node:http';

/** What GET /health reports. */
export interface RelayHealth {
  ok: boolean;
  connections: number;
  rooms: number;
  uptimeSeconds: number;
}

/** Answers the HTTP requests that are not WebSocket upgrades. */
export function httpHandler(health: () => RelayHealth) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const path = new URL(request.url ?? '/', 'http://relay').pathname;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      reply(response, 405, 'text/plain', 'Only GET is supported.\n', { Allow: 'GET, HEAD' });
    } else if (path === '/health') {
      reply(response, 200, 'application/json', `${JSON.stringify(health())}\n`);
    } else if (path === '/') {
      reply(
        response,
        200,
        'text/plain',
        'Forankra signalling relay. Add this address as ws:// (or wss:// behind TLS) in the ' +
          "extension's settings. Health: GET /health\n",
      );
    } else {
      reply(response, 404, 'text/plain', 'Not found. The relay answers GET / and GET /health.\n');
    }
  };
}

function reply(
  response: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': 'no-store',
    ...headers,
  });
  response.end(body);
}

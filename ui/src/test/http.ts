import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

type Reply = Response | Promise<Response>;
type Handler = (request: RecordedRequest) => Reply;

export function json(status: number, body?: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function problem(
  status: number,
  detail: string,
  errors?: { field: string; message: string }[],
  type = 'about:blank',
): Response {
  return new Response(JSON.stringify({ type, title: 'Problem', status, detail, errors }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/**
 * Replaces global fetch with routes keyed "METHOD /path" (no query string). Unmatched calls
 * answer 404 so a test notices them. Returns the requests seen, in order.
 */
export function mockApi(routes: Record<string, Handler>) {
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const request: RecordedRequest = {
      method: init.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    requests.push(request);
    const handler = routes[`${request.method} ${request.path}`];
    return handler ? handler(request) : problem(404, `No mock for ${request.method} ${request.path}`);
  });
  vi.stubGlobal('fetch', fetchMock);
  return requests;
}

import { ApiError, NetworkError } from './errors';
import type { Problem } from './types';

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  headers?: Record<string, string>;
  /** Sends no credentials and leaves the session alone on 401 (sign-in itself). */
  anonymous?: boolean;
  signal?: AbortSignal;
}

export interface ApiClientOptions {
  baseUrl?: string;
  getToken: () => string | null;
  onUnauthorized: () => void;
  onPasswordChangeRequired: () => void;
  fetch?: typeof fetch;
}

export interface ApiClient {
  request<T>(path: string, options?: RequestOptions): Promise<T>;
  get<T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal): Promise<T>;
  post<T>(path: string, body?: unknown, headers?: Record<string, string>): Promise<T>;
  delete<T = void>(path: string): Promise<T>;
}

/** Sent by the server on every successful write: the event-store position of its last event. */
export const POSITION_HEADER = 'Albatross-Position';
/** Sent on reads after our own writes, so that their answers include them (API.md, "Reading your own writes"). */
export const MIN_POSITION_HEADER = 'Albatross-Min-Position';

export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  /** The position of the latest write this client made; every later read asks for at least it. */
  let written = 0;

  async function request<T>(path: string, init: RequestOptions = {}): Promise<T> {
    const method = init.method ?? 'GET';
    const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
    if (method === 'GET' && written > 0) headers[MIN_POSITION_HEADER] = String(written);
    const token = init.anonymous ? null : options.getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';

    let response: Response;
    try {
      response = await doFetch(baseUrl + path + queryString(init.query), {
        method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: init.signal,
        credentials: 'omit',
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw new NetworkError(cause);
    }

    if (response.ok) {
      const position = Number(response.headers.get(POSITION_HEADER));
      if (method !== 'GET' && Number.isSafeInteger(position) && position > written) written = position;
      return (await readBody(response)) as T;
    }

    const error = new ApiError(
      response.status,
      toProblem(await readBody(response), response),
      retryAfter(response),
    );
    if (!init.anonymous && error.status === 401) options.onUnauthorized();
    if (error.isPasswordChangeRequired) options.onPasswordChangeRequired();
    throw error;
  }

  return {
    request,
    get: (path, query, signal) => request(path, { query, signal }),
    post: (path, body, headers) => request(path, { method: 'POST', body, headers }),
    delete: (path) => request(path, { method: 'DELETE' }),
  };
}

function queryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function toProblem(body: unknown, response: Response): Problem {
  if (body && typeof body === 'object') return body as Problem;
  return { status: response.status, title: response.statusText || undefined };
}

function retryAfter(response: Response): number | undefined {
  const value = response.headers.get('Retry-After');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds));
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, Math.round((date - Date.now()) / 1000)) : undefined;
}

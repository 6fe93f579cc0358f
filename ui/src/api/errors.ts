import type { FieldError, Problem } from './types';

export type FieldErrors = Record<string, string>;

/** An HTTP failure, parsed from an RFC 9457 problem document when the server sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, problem: Problem, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.type = problem.type ?? 'about:blank';
    this.title = problem.title ?? defaultTitle(status);
    this.detail = problem.detail;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Field errors keyed by field name; the first message of a field wins. */
  get fieldErrors(): FieldErrors {
    const result: FieldErrors = {};
    for (const { field, message } of this.errors) {
      if (field && !(field in result)) result[field] = message;
    }
    return result;
  }

  get isPasswordChangeRequired(): boolean {
    return this.status === 403 && this.type.endsWith('password-change-required');
  }
}

export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The server could not be reached. Check your connection and try again.');
    this.name = 'NetworkError';
    this.cause = cause;
  }
}

function defaultTitle(status: number): string {
  switch (status) {
    case 400:
      return 'Invalid request';
    case 401:
      return 'Not signed in';
    case 403:
      return 'Not allowed';
    case 404:
      return 'Not found';
    case 409:
      return 'Conflict';
    case 413:
      return 'Request too large';
    case 429:
      return 'Too many requests';
    case 503:
      return 'Service unavailable';
    default:
      return 'Something went wrong';
  }
}

/** A sentence for the user describing any error thrown by a request. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429 && error.retryAfterSeconds) {
      return `${error.detail ?? error.title} Try again in ${formatWait(error.retryAfterSeconds)}.`;
    }
    return error.detail ?? error.title;
  }
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

function formatWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

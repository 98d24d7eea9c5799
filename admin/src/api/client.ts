import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

/** An error answer of the admin API, with its problem body (or a stand-in when the body was not one). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.title);
  }
  get code(): string {
    return this.problem.code;
  }
}

let csrfToken: string | null = null;
/** Why a signed-in request was refused: the session ran out (or was ended elsewhere), or an admin disabled the account. */
export type SessionEnd = 'expired' | 'disabled';
const expiryListeners = new Set<(why: SessionEnd) => void>();

/** The session's CSRF token, sent on every request other than GET (from sign-in or GET /auth/session). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the server answers 401 to a signed-in request: the session ended (expired or signed out elsewhere). */
export function onSessionExpired(listener: (why: SessionEnd) => void): () => void {
  expiryListeners.add(listener);
  return () => expiryListeners.delete(listener);
}

/** The typed admin API client: paths, bodies and answers come from the generated schema.d.ts. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

api.use({
  onRequest({ request }) {
    if (request.method !== 'GET' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  async onResponse({ request, response }) {
    const path = new URL(request.url).pathname;
    const asksAboutSession = path.endsWith('/auth/login') || path.endsWith('/auth/session');
    if (response.status === 401 && !asksAboutSession) {
      const why = await sessionEndOf(response);
      for (const listener of expiryListeners) listener(why);
    }
    return response;
  },
});

/** Why a 401 answer ended the session, from its problem code (read from a copy: the caller reads the body too). */
async function sessionEndOf(response: Response): Promise<SessionEnd> {
  const problem: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  const code = typeof problem === 'object' && problem !== null && 'code' in problem ? problem.code : null;
  return code === 'ADMIN_ACCOUNT_DISABLED' ? 'disabled' : 'expired';
}

/** The answer of a call, or an ApiProblem thrown for an error answer (or a network failure). */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result;
  try {
    result = await call;
  } catch (error) {
    throw new ApiProblem(0, {
      type: 'urn:zalo-egov:problem:network',
      title: error instanceof Error ? error.message : String(error),
      status: 503,
      code: 'NETWORK',
    });
  }
  const { data, error, response } = result;
  if (!response.ok) {
    throw new ApiProblem(response.status, isProblem(error) ? error : fallbackProblem(response));
  }
  return data as T;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value && 'status' in value;
}

function fallbackProblem(response: Response): Problem {
  return {
    type: 'urn:zalo-egov:problem:unknown',
    title: response.statusText,
    status: response.status,
    code: 'UNKNOWN',
  };
}

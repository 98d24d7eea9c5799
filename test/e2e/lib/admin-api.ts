// The admin API and the sandbox Zalo over plain HTTP, for browser tests to set a scene or check what the UI did.

/** Signs in to the admin API over HTTP (no browser): a call with the session's cookie and CSRF token. */
export async function adminApi(
  baseUrl: string,
  account: { email: string; password: string },
): Promise<(method: string, path: string, body?: unknown) => Promise<Response>> {
  const login = await fetch(`${baseUrl}/api/admin/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  });
  if (login.status !== 200) throw new Error(`signing in ${account.email}: ${login.status}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  return (method, path, body) =>
    fetch(`${baseUrl}/api/admin${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
}

export async function createAccount(
  baseUrl: string,
  admin: { email: string; password: string },
  account: { email: string; password: string; roles: string[] },
): Promise<void> {
  const created = await (await adminApi(baseUrl, admin))('POST', '/accounts', account);
  if (created.status !== 201) throw new Error(`creating ${account.email}: ${created.status} ${await created.text()}`);
}

/** The sandbox Zalo simulator's control API: acts as a citizen, reads what the OA sent them. */
export async function sandboxZalo<T = unknown>(baseUrl: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}/sandbox/zalo/api${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`sandbox Zalo ${path}: ${response.status}`);
  return (await response.json()) as T;
}

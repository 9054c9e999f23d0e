/**
 * The admin REST API (/api/admin/...) as used by the console. Every call carries the admin's HTTP Basic
 * credentials (the same identity as the REST API, Jakarta Security on the server). The header
 * `X-Requested-With: switchboard-console` asks the server not to send a browser login prompt on 401.
 */
const KEY = 'switchboard.admin.credentials';
const ME = 'switchboard.admin.me';

export class ApiError extends Error {
  /**
   * @param {number} status HTTP status
   * @param {string} message server's message
   * @param {{field: string, message: string}[]} errors field errors (400 on configuration)
   */
  constructor(status, message, errors = []) {
    super(message);
    this.status = status;
    this.errors = errors;
  }
}

export function signedIn() {
  return sessionStorage.getItem(KEY) !== null;
}

export function signOut() {
  sessionStorage.removeItem(KEY);
  sessionStorage.removeItem(ME);
}

/** @returns {{userName: string, displayName: string, role: string}|null} who is signed in (role admin or agent) */
export function me() {
  const stored = sessionStorage.getItem(ME);
  return stored ? JSON.parse(stored) : null;
}

/**
 * Checks the credentials against the API (GET /people/me, open to admins and support agents) and keeps them and
 * the person for this browser tab only.
 */
export async function signIn(user, password) {
  const credentials = btoa(unescape(encodeURIComponent(`${user}:${password}`)));
  sessionStorage.setItem(KEY, credentials);
  try {
    const person = await api('GET', '/people/me');
    sessionStorage.setItem(ME, JSON.stringify(person));
  } catch (e) {
    signOut();
    throw e;
  }
}

/**
 * @param {string} method HTTP method
 * @param {string} path path under /api/admin, e.g. "/plugins"
 * @param {object} [body] JSON body
 * @returns {Promise<any>} the parsed JSON answer
 */
export async function api(method, path, body) {
  const headers = { 'Accept': 'application/json', 'X-Requested-With': 'switchboard-console' };
  const credentials = sessionStorage.getItem(KEY);
  if (credentials) headers['Authorization'] = `Basic ${credentials}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`/api/admin${path}`, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'omit',
  });
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  if (!response.ok) {
    if (response.status === 401) signOut();
    const message = response.status === 401 ? 'Wrong user name or password.'
      : response.status === 403 ? (me() ? 'This page is for admins only.' : 'This account is not an admin.')
      : (json && json.message) || `The server answered ${response.status}.`;
    throw new ApiError(response.status, message, (json && json.errors) || []);
  }
  return json;
}

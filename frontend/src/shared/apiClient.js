/**
 * Thin wrapper around fetch for the SocialGov API. Only each feature's api.js calls it: pages and
 * their parts call the functions there, and never write an API address themselves.
 *
 * - Sends and receives JSON, with the session cookie (`credentials: 'same-origin'`). A
 *   `FormData` body is sent as it is (multipart/form-data), with the browser's boundary,
 *   and so is any body given with its own `contentType` (such as CSV text).
 * - Adds the `X-XSRF-TOKEN` header, read from the `XSRF-TOKEN` cookie, to every
 *   unsafe request. When there is no cookie yet it first calls GET /api/auth/csrf.
 * - Turns error responses (usually application/problem+json) into an {@link ApiError}.
 */

const CSRF_COOKIE = 'XSRF-TOKEN'
const CSRF_HEADER = 'X-XSRF-TOKEN'
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** @typedef {{ field: string | null, message: string }} FieldError */

export class ApiError extends Error {
  /**
   * @param {number} status HTTP status (0 when the server could not be reached)
   * @param {{ type?: string, title?: string, detail?: string, errors?: FieldError[] }} [problem]
   */
  constructor(status, problem = {}) {
    super(problem.detail || problem.title || `Request failed with status ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.type = problem.type ?? null
    this.title = problem.title ?? null
    this.detail = problem.detail ?? null
    /** @type {FieldError[]} */
    this.errors = Array.isArray(problem.errors)
      ? problem.errors
          .filter((e) => e && typeof e.message === 'string')
          .map((e) => ({ field: typeof e.field === 'string' && e.field ? e.field : null, message: e.message }))
      : []
  }
}

/** @type {((error: ApiError, path: string) => void) | null} */
let unauthorisedHandler = null

/**
 * Called with any 401 response, except from the sign-in and "who am I" calls,
 * which their callers handle themselves.
 * @param {((error: ApiError, path: string) => void) | null} handler
 */
export function setUnauthorisedHandler(handler) {
  unauthorisedHandler = handler
}

/** @param {string} name */
export function readCookie(name) {
  const prefix = `${name}=`
  for (const part of document.cookie ? document.cookie.split(';') : []) {
    const cookie = part.trim()
    if (cookie.startsWith(prefix)) {
      const value = cookie.slice(prefix.length)
      try {
        return decodeURIComponent(value)
      } catch {
        return value
      }
    }
  }
  return null
}

async function csrfToken() {
  let token = readCookie(CSRF_COOKIE)
  if (!token) {
    await fetch('/api/auth/csrf', { method: 'GET', credentials: 'same-origin', headers: { Accept: 'application/json' } })
    token = readCookie(CSRF_COOKIE)
  }
  return token
}

/** @param {Response} response */
async function readBody(response) {
  if (response.status === 204 || response.status === 205) return null
  const text = await response.text()
  if (!text) return null
  const type = response.headers.get('Content-Type') || ''
  if (type.includes('json')) {
    try {
      return JSON.parse(text)
    } catch {
      return null
    }
  }
  return text
}

const QUIET_401 = ['/api/auth/login', '/api/me']

/**
 * One page of a list, as the API sends it. Pages count from 0 (see paging.js).
 * @template T
 * @typedef {{ items: T[], page: number, size: number, total: number }} Page
 */

/**
 * A whole list, as the API sends one that is not paged.
 * @template T
 * @typedef {{ items: T[] }} Items
 */

/**
 * @typedef {{ contentType?: string, idempotencyKey?: string }} RequestOptions `contentType`: the
 *   body is sent as it is (a string or Blob), with this Content-Type, such as "text/csv";
 *   `idempotencyKey`: sent as Idempotency-Key, so sending the same start again after an error or
 *   no answer returns what the first send made instead of starting a second case
 */

/**
 * @param {string} method
 * @param {string} path
 * @param {unknown} [body] sent as JSON; a FormData body is sent as multipart/form-data
 * @param {RequestOptions} [options]
 * @returns {Promise<any>} the parsed JSON body, or null when there is none
 */
export async function request(method, path, body, options = {}) {
  const upper = method.toUpperCase()
  const multipart = typeof FormData !== 'undefined' && body instanceof FormData
  const raw = Boolean(options.contentType) && body !== undefined
  /** @type {Record<string, string>} */
  const headers = { Accept: 'application/json, application/problem+json' }
  // The browser sets the multipart Content-Type itself, with the boundary.
  if (raw) headers['Content-Type'] = /** @type {string} */ (options.contentType)
  else if (body !== undefined && !multipart) headers['Content-Type'] = 'application/json'
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey
  if (!SAFE_METHODS.has(upper)) {
    const token = await csrfToken()
    if (token) headers[CSRF_HEADER] = token
  }

  let response
  try {
    response = await fetch(path, {
      method: upper,
      credentials: 'same-origin',
      headers,
      body:
        body === undefined
          ? undefined
          : multipart || raw
            ? /** @type {BodyInit} */ (body)
            : JSON.stringify(body),
    })
  } catch {
    throw new ApiError(0, { title: 'Sorry, the service could not be reached. Try again later.' })
  }

  const data = await readBody(response)
  if (response.ok) return data

  const problem = data && typeof data === 'object' ? data : {}
  const error = new ApiError(response.status, problem)
  if (response.status === 401 && unauthorisedHandler && !QUIET_401.includes(path.split('?')[0])) {
    unauthorisedHandler(error, path)
  }
  throw error
}

/**
 * A POST whose answer is a file to save, such as a ZIP made from what the body asks for: the file
 * and the name the server gives it (Content-Disposition). Errors are {@link ApiError}s, as for
 * {@link request}.
 * @param {string} path
 * @param {unknown} body sent as JSON
 * @returns {Promise<{ blob: Blob, fileName: string | null }>}
 */
export async function postForFile(path, body) {
  /** @type {Record<string, string>} */
  const headers = { Accept: '*/*', 'Content-Type': 'application/json' }
  const token = await csrfToken()
  if (token) headers[CSRF_HEADER] = token
  let response
  try {
    response = await fetch(path, { method: 'POST', credentials: 'same-origin', headers, body: JSON.stringify(body) })
  } catch {
    throw new ApiError(0, { title: 'Sorry, the service could not be reached. Try again later.' })
  }
  if (!response.ok) {
    const data = await readBody(response)
    const error = new ApiError(response.status, data && typeof data === 'object' ? data : {})
    if (response.status === 401 && unauthorisedHandler) unauthorisedHandler(error, path)
    throw error
  }
  const disposition = response.headers.get('Content-Disposition') ?? ''
  const named = /filename\*=UTF-8''([^;]+)/i.exec(disposition) ?? /filename="([^"]+)"/i.exec(disposition)
  let fileName = null
  if (named) {
    try {
      fileName = decodeURIComponent(named[1])
    } catch {
      fileName = named[1]
    }
  }
  return { blob: await response.blob(), fileName }
}

export const api = {
  /** @param {string} path */
  get: (path) => request('GET', path),
  /** @param {string} path @param {unknown} [body] @param {RequestOptions} [options] */
  post: (path, body, options) => request('POST', path, body, options),
  /** @param {string} path @param {unknown} [body] @param {RequestOptions} [options] */
  put: (path, body, options) => request('PUT', path, body, options),
  /** @param {string} path */
  delete: (path) => request('DELETE', path),
  /** @param {string} path @param {unknown} body */
  postForFile: (path, body) => postForFile(path, body),
}

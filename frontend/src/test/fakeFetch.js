import { vi } from 'vitest'

/**
 * Replaces the global fetch with a fake that answers from a table of routes,
 * keyed "METHOD /path" (query string ignored). A route's answer is a response
 * description, or a function of the call that returns one:
 *   { status = 200, body, contentType = 'application/json', setCookie }
 * Requests with no route get a 404 problem. Every call is recorded, with its
 * body parsed from JSON (or the FormData itself for a multipart upload, and the
 * text itself for a body of another type, such as text/csv).
 *
 * @param {Record<string, any>} routes
 */
export function fakeFetch(routes) {
  /** @type {Call[]} */
  const calls = []
  const fn = vi.fn(async (/** @type {string} */ url, /** @type {RequestInit} */ init = {}) => {
    const method = (init.method || 'GET').toUpperCase()
    const parsed = new URL(url, 'http://localhost')
    const headers = new Headers(init.headers)
    const json = (headers.get('Content-Type') ?? 'application/json').includes('json')
    const call = {
      method,
      path: parsed.pathname,
      search: parsed.search,
      headers,
      // JSON is parsed; a FormData body, or text of another type, is kept as it is.
      body: typeof init.body === 'string' && json ? JSON.parse(init.body) : (init.body ?? undefined),
      rawBody: init.body,
      credentials: init.credentials,
    }
    calls.push(call)
    const route = routes[`${method} ${parsed.pathname}`]
    const answer = typeof route === 'function' ? await route(call) : route
    const { status = 200, body, contentType = 'application/json', setCookie } =
      answer ?? problem(404, 'Not Found')
    if (setCookie) document.cookie = setCookie
    if (body === undefined || status === 204) return new Response(null, { status })
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } })
  })
  vi.stubGlobal('fetch', fn)
  return { fn, calls }
}

/**
 * A request the page made: its body parsed as the page sent it (JSON, FormData or text).
 * @typedef {{ method: string, path: string, search: string, headers: Headers, body: any, rawBody: any, credentials?: string }} Call
 */

/**
 * The calls made with this method to this path.
 * @param {Call[]} calls
 * @param {string} method
 * @param {string} path
 */
export const callsTo = (calls, method, path) => calls.filter((c) => c.method === method && c.path === path)

/**
 * An application/problem+json answer.
 * @param {number} status
 * @param {string} title
 * @param {{ field: string, message: string }[]} [errors]
 * @param {string} [detail]
 */
export function problem(status, title, errors, detail) {
  return {
    status,
    contentType: 'application/problem+json',
    body: { type: 'about:blank', title, status, ...(detail ? { detail } : {}), ...(errors ? { errors } : {}) },
  }
}

/**
 * A 400 problem answer with the error of one field, as the API sends for a value it will not take.
 * @param {string} field
 * @param {string} message
 */
export const badRequest = (field, message) => problem(400, 'Bad Request', [{ field, message }])

/**
 * An answer with one page of a list, as the API sends one: the first page of 50 unless told.
 * @param {unknown[]} items
 * @param {{ page?: number, size?: number, total?: number, [more: string]: unknown }} [options] the page,
 *   its size, how many in all, and anything else the answer has
 */
export function listPage(items, { page = 0, size = 50, total = items.length, ...more } = {}) {
  return { body: { items, page, size, total, ...more } }
}

export function clearCookies() {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0].trim()
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`
  }
}

export const ME = { username: 'jsmith', displayName: 'Jo Smith', groups: ['reviewers'] }

export const STAFF = { username: 'priya.shah', displayName: 'Priya Shah', groups: ['staff', 'service-managers'] }
export const ADMIN = { username: 'chris.lee', displayName: 'Chris Lee', groups: ['staff', 'admins'] }
export const AUDITOR = { username: 'linda.price', displayName: 'Linda Price', groups: ['staff', 'auditors'] }
export const COMMS_OFFICER = { username: 'sam.patel', displayName: 'Sam Patel', groups: ['staff', 'comms'] }
export const HR_OFFICER = { username: 'hana.ross', displayName: 'Hana Ross', groups: ['staff', 'hr'] }
export const MONITORING_OFFICER = { username: 'morgan.ellis', displayName: 'Morgan Ellis', groups: ['staff', 'monitoring-officer'] }
export const INFORMATION_MANAGER = { username: 'ian.moss', displayName: 'Ian Moss', groups: ['staff', 'information-manager'] }
export const COUNCILLOR = { username: 'cllr.jones', displayName: 'Councillor Jones', groups: ['members'] }

/**
 * What GET /api/cases/{kind}/{id} answers for a case page: its header, with no tasks, documents or
 * timeline unless given.
 * @param {string} kind
 * @param {string} id
 * @param {Record<string, unknown>} fields the reference, title, status, when and by whom it was opened…
 */
export function caseOverview(kind, id, fields) {
  return { kind, id, openedBy: null, tasks: [], timeline: [], documents: [], ...fields }
}

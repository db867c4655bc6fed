import { humanise } from './shared/labels.js'

/**
 * Every kind of case the app shows, declared once by the name the API gives it (a task's `caseKind`,
 * the `{type}` of /api/cases/{type}/{id}, a process key): what it is called, where one is started,
 * where each case has its own page, and where the task page reads a case's details. A new kind of
 * case is added here; the start page, the task page and the retention schedule follow.
 *
 * @typedef {{ label: string, startPage?: string, pages?: string, details?: string }} CaseKind
 * `pages`: the address under which each case's page is, followed by its id; `details`: the API
 * address its details are read from, followed by its id.
 */

/** @type {Record<string, CaseKind>} */
export const CASE_KINDS = {
  'account-request': {
    label: 'Account request',
    startPage: '/requests/new',
    pages: '/requests',
    details: '/api/account-requests',
  },
  'access-grant': {
    label: 'Access to a corporate account',
    startPage: '/access/new',
    pages: '/access',
    details: '/api/access-grants',
  },
  'access-certification': {
    label: 'Certification of authorised users',
    startPage: '/certifications',
    pages: '/certifications',
  },
  'breach-investigation': {
    label: 'Breach investigation',
    startPage: '/report-breach',
    pages: '/investigations',
    details: '/api/investigations',
  },
  'member-harassment-report': {
    label: 'Harassment report',
    startPage: '/harassment/new',
    pages: '/harassment',
    details: '/api/harassment-reports',
  },
}

/** What the communications team see of a harassment report whose accounts they are to report or block. */
export const PLATFORM_REPORT = 'platform-report'

/** @param {string | null | undefined} kind @returns {CaseKind | null} */
const kindOf = (kind) => (kind && Object.hasOwn(CASE_KINDS, kind) ? CASE_KINDS[kind] : null)

/** "Breach investigation" for "breach-investigation". @param {string | null | undefined} kind */
export function caseKindLabel(kind) {
  return kindOf(kind)?.label ?? humanise(String(kind ?? '').replace(/-/g, '_'))
}

/** Where a case of this kind is started in this app, or null when it has no page of its own for that. @param {string} kind */
export const startPage = (kind) => kindOf(kind)?.startPage ?? null

/** The case's own page, or null when its kind has none. @param {string} kind @param {string} id */
export function casePage(kind, id) {
  const pages = kindOf(kind)?.pages
  return pages ? `${pages}/${encodeURIComponent(id)}` : null
}

/** Where the API has the case's details, or null when its kind has none to show with a task. @param {string} kind @param {string} id */
export function caseDetails(kind, id) {
  const details = kindOf(kind)?.details
  return details ? `${details}/${encodeURIComponent(id)}` : null
}

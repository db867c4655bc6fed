import { getGrant } from './features/access/api.js'
import { GRANT_STATUSES } from './features/access/labels.js'
import { getAccountRequest } from './features/accounts/api.js'
import { REQUEST_STATUSES } from './features/accounts/labels.js'
import { getHarassmentReport } from './features/harassment/api.js'
import { HARASSMENT_STATUSES } from './features/harassment/labels.js'
import { getInvestigation } from './features/investigations/api.js'
import { BREACH_STATUSES } from './features/investigations/labels.js'
import { RETENTION_STATUSES } from './features/retention/labels.js'
import { GRANT_TASK_SUMMARY } from './features/access/taskSummary.js'
import { ACCOUNT_REQUEST_TASK_SUMMARY } from './features/accounts/taskSummary.js'
import { HARASSMENT_TASK_SUMMARY } from './features/harassment/taskSummary.js'
import { INVESTIGATION_TASK_SUMMARY } from './features/investigations/taskSummary.js'
import { humanise } from './shared/labels.js'

/**
 * Every kind of case the app shows, declared once by the name the API gives it (a task's `caseKind`,
 * the `{type}` of /api/cases/{type}/{id}, a process key): what it is called, what its statuses are
 * called, where one is started, where each case has its own page, and where the task page reads a
 * case's details. A new kind of case is added here; the start page, the task page, the status tags
 * and the retention schedule follow.
 *
 * @typedef {{ value: string, label: string, colour: string }} Status
 * @typedef {{ label: string, statuses?: Status[], startPage?: string, pages?: string,
 *   details?: (id: string) => Promise<any>,
 *   taskSummary?: import('./features/tasks/taskSummaries.js').TaskSummary }} CaseKind
 * `statuses`: the words and colour of each status, where its codes mean something of their own;
 * `pages`: the address under which each case's page is, followed by its id; `details`: reads a
 * case's details from its feature's API, for the task page; `taskSummary`: what the task page shows
 * of the case (none when not given).
 */

/** @type {Record<string, CaseKind>} */
export const CASE_KINDS = {
  'account-request': {
    label: 'Account request',
    statuses: REQUEST_STATUSES,
    startPage: '/requests/new',
    pages: '/requests',
    details: getAccountRequest,
    taskSummary: ACCOUNT_REQUEST_TASK_SUMMARY,
  },
  'access-grant': {
    label: 'Access to a corporate account',
    statuses: GRANT_STATUSES,
    startPage: '/access/new',
    pages: '/access',
    details: getGrant,
    taskSummary: GRANT_TASK_SUMMARY,
  },
  'access-certification': {
    label: 'Certification of authorised users',
    startPage: '/certifications',
    pages: '/certifications',
  },
  'breach-investigation': {
    label: 'Breach investigation',
    statuses: BREACH_STATUSES,
    startPage: '/report-breach',
    pages: '/investigations',
    details: getInvestigation,
    taskSummary: INVESTIGATION_TASK_SUMMARY,
  },
  'member-harassment-report': {
    label: 'Harassment report',
    statuses: HARASSMENT_STATUSES,
    startPage: '/harassment/new',
    pages: '/harassment',
    details: getHarassmentReport,
    taskSummary: HARASSMENT_TASK_SUMMARY,
  },
}

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

/**
 * Reads the case's details from its feature's API; null when its kind has none to show with a task.
 * @param {string} kind @param {string} id
 * @returns {Promise<any> | null}
 */
export function caseDetails(kind, id) {
  const details = kindOf(kind)?.details
  return details ? details(id) : null
}

/** @param {Status[]} list */
const byValue = (list) => Object.fromEntries(list.map(({ value, label, colour }) => [value, { label, colour }]))

/** @type {Record<string, { label: string, colour: string }>} */
const STATUSES = {
  // Grants first, so that account requests keep their own words for the codes both have.
  ...byValue(GRANT_STATUSES),
  ...byValue(REQUEST_STATUSES),
  // Cases.
  AWAITING_REVIEW: { label: 'Awaiting review', colour: 'blue' },
  // Accounts in the registry. ACTIVE ("Active") is shared with account requests.
  DEACTIVATED: { label: 'Closed', colour: 'grey' },
}

/**
 * The statuses of each kind of case, by the kind's API name, for the codes a kind uses differently
 * from the list above: a grant that is APPROVED is waiting for its statement to be signed.
 * @type {Record<string, Record<string, { label: string, colour: string }>>}
 */
const STATUSES_BY_KIND = {
  ...Object.fromEntries(
    Object.entries(CASE_KINDS)
      .filter(([, kind]) => kind.statuses)
      .map(([name, kind]) => [name, byValue(/** @type {Status[]} */ (kind.statuses))]),
  ),
  // Not a kind of case, but the retention schedule's own statuses (ON_HOLD is not a paused case).
  retention: byValue(RETENTION_STATUSES),
}

/**
 * The words and colour for a status. Give the kind of case ("access-grant") where a code
 * means something particular to it.
 * @param {string | null | undefined} status
 * @param {string | null} [kind]
 */
export function statusTag(status, kind = null) {
  const key = String(status ?? '').toUpperCase()
  const own = kind && Object.hasOwn(STATUSES_BY_KIND, kind) ? STATUSES_BY_KIND[kind] : null
  if (own && Object.hasOwn(own, key)) return own[key]
  return Object.hasOwn(STATUSES, key) ? STATUSES[key] : { label: humanise(status), colour: 'grey' }
}

/**
 * What the task page shows of a case of this kind, when its kind has a part of its own for that.
 * @param {string | null | undefined} kind
 */
export const taskSummary = (kind) => kindOf(kind)?.taskSummary ?? null

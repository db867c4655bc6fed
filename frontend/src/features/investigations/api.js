/** The investigations API (P4): reports of suspected breaches, and the investigations of them. */

import { api } from '../../shared/apiClient.js'

/**
 * @typedef {{ id: string, reference: string, subjectKind?: string, subjectName?: string, reportedAt?: string,
 *   investigatorName?: string | null, investigationDue?: string | null, status?: string, statusLabel?: string | null,
 *   notes?: InvestigationNote[], holds?: any[], mayAddNotes?: boolean, mayPlaceHold?: boolean, [field: string]: any }} Investigation
 * @typedef {{ id: string, kind: string, kindLabel?: string | null, text: string, writtenBy?: string,
 *   writtenByName?: string | null, writtenAt?: string }} InvestigationNote
 * @typedef {{ subjectKinds?: { value: string, label: string }[],
 *   clauses?: { code: string, subjectKind: string, reference?: string, label?: string }[],
 *   people?: { username: string, displayName?: string, member?: boolean }[] }} BreachReportOptions
 * @typedef {{ subjectKind: string, subject: string, clauses: string[],
 *   description: string, postLinks: string[] }} NewBreachReport
 * @typedef {{ id?: string, reference?: string, subjectKind?: string, status?: string, statusLabel?: string | null,
 *   [field: string]: any }} BreachReport a report as the person who made it sees it: where it stands, nothing more
 */

/** The reports this person has made. @returns {Promise<import('../../shared/apiClient.js').Items<BreachReport>>} */
export const listBreachReports = () => api.get('/api/breach-reports')

/** Who can be reported, their line managers and the parts of the policy. @returns {Promise<BreachReportOptions | null>} */
export const getBreachReportOptions = () => api.get('/api/breach-reports/options')

/**
 * @param {NewBreachReport} report
 * @param {import('../../shared/apiClient.js').RequestOptions} options with the Idempotency-Key
 * @returns {Promise<BreachReport | null>}
 */
export const reportBreach = (report, options) => api.post('/api/breach-reports', report, options)

/** @param {number} page @param {number} size @returns {Promise<import('../../shared/apiClient.js').Page<Investigation>>} */
export const listInvestigations = (page, size) => api.get(`/api/investigations?page=${page}&size=${size}`)

/** @param {string} id */
const investigationPath = (id) => `/api/investigations/${encodeURIComponent(id)}`

/** @param {string} id @returns {Promise<Investigation>} */
export const getInvestigation = (id) => api.get(investigationPath(id))

/** @param {string} id @param {{ kind: string, text: string }} note @returns {Promise<InvestigationNote | null>} */
export const addInvestigationNote = (id, note) => api.post(`${investigationPath(id)}/notes`, note)

/** Stops someone seeing the case. @param {string} id @param {string} username @param {string} reason */
export const excludeFromInvestigation = (id, username, reason) =>
  api.post(`${investigationPath(id)}/exclusions`, { username, reason })

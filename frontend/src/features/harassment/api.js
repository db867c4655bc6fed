/** The harassment reports API (P5). */

import { api } from '../../shared/apiClient.js'

/**
 * @typedef {{ id: string, reference: string, member?: string, memberName?: string | null, reportedAt?: string,
 *   immediateDanger?: boolean, riskLevel?: string | null, riskLabel?: string | null, status?: string,
 *   statusLabel?: string | null, holds?: any[], mayPlaceHold?: boolean, [field: string]: any }} HarassmentReport
 * @typedef {{ reference?: string, platform?: string, platformLabel?: string | null, offendingAccounts?: string,
 *   postLinks?: string[], [field: string]: any }} PlatformReport what the communications team see of a report
 *   whose accounts they are to report or block: not what happened, nor to whom
 * @typedef {{ platforms?: { value: string, label: string }[],
 *   members?: { username?: string, displayName?: string, value?: string, label?: string }[] }} HarassmentReportOptions
 */

/** The reports this person may see. @returns {Promise<import('../../shared/apiClient.js').Items<HarassmentReport>>} */
export const listHarassmentReports = () => api.get('/api/harassment-reports')

/** The platforms, and the councillors the Monitoring Officer may report for. @returns {Promise<HarassmentReportOptions | null>} */
export const getHarassmentReportOptions = () => api.get('/api/harassment-reports/options')

/**
 * @param {Record<string, unknown>} report
 * @param {import('../../shared/apiClient.js').RequestOptions} options with the Idempotency-Key
 * @returns {Promise<HarassmentReport>}
 */
export const reportHarassment = (report, options) => api.post('/api/harassment-reports', report, options)

/** @param {string} id */
const reportPath = (id) => `/api/harassment-reports/${encodeURIComponent(id)}`

/** @param {string} id @returns {Promise<HarassmentReport>} */
export const getHarassmentReport = (id) => api.get(reportPath(id))

/** @param {string} id @returns {Promise<PlatformReport>} */
export const getPlatformReport = (id) => api.get(`${reportPath(id)}/platform-report`)

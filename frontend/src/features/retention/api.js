/** The retention API: the schedule, what has been destroyed, and legal holds. */

import { api } from '../../shared/apiClient.js'

/**
 * @typedef {{ id: string, reason: string, placedAt: string, placedBy: string, placedByName?: string,
 *   releasedAt?: string | null, releaseReason?: string | null, releasedByName?: string | null }} LegalHold
 * @typedef {{ caseType: string, caseId: string, caseKind?: string | null, reference: string, status?: string,
 *   holds?: LegalHold[], holdCount?: number, authorisationTaskId?: string | null, [field: string]: any }} ScheduleEntry
 */

/** @returns {Promise<import('../../shared/apiClient.js').Items<ScheduleEntry>>} */
export const getRetentionSchedule = () => api.get('/api/retention/schedule')

/**
 * @typedef {{ caseKinds: string[], subjectKinds: string[], outcomes: string[], referredToPolice: boolean | null,
 *   years: number, rule: string, why?: string | null }} RetentionPeriod
 */

/** The retention schedule's rules, in the order they are tried. @returns {Promise<import('../../shared/apiClient.js').Items<RetentionPeriod>>} */
export const listRetentionPeriods = () => api.get('/api/retention/rules')

/** @returns {Promise<import('../../shared/apiClient.js').Items<any>>} */
export const listDisposals = () => api.get('/api/retention/disposals')

/**
 * A case's retention and legal holds, for its own page.
 * @param {string} caseType @param {string} caseId
 * @returns {Promise<{ retention: ScheduleEntry | null, holds: LegalHold[], mayPlaceHold: boolean } | null>}
 */
export const getCaseRetention = (caseType, caseId) =>
  api.get(`/api/retention/cases/${encodeURIComponent(caseType)}/${encodeURIComponent(caseId)}`)

/**
 * What is left of a disposed case: its schedule entry and disposal record.
 * @param {string} caseType @param {string} caseId
 * @returns {Promise<{ retention: ScheduleEntry, disposal: any } | null>}
 */
export const getTombstone = (caseType, caseId) =>
  api.get(`/api/retention/disposals/${encodeURIComponent(caseType)}/${encodeURIComponent(caseId)}`)

/** @param {string} caseType @param {string} caseId @param {string} reason @returns {Promise<LegalHold | null>} */
export const placeLegalHold = (caseType, caseId, reason) => api.post('/api/retention/holds', { caseType, caseId, reason })

/** @param {string} holdId @param {string} reason @returns {Promise<LegalHold | null>} the hold as released */
export const releaseLegalHold = (holdId, reason) =>
  api.post(`/api/retention/holds/${encodeURIComponent(holdId)}/release`, { reason })

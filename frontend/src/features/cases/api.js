/** The cases API: what every case page shows (GET /api/cases/{kind}/{id}) and the documents on a case. */

import { api } from '../../shared/apiClient.js'

/**
 * @typedef {{ id: string, fileName: string, mediaType?: string, size?: number, sha256?: string,
 *   description?: string | null, uploadedBy?: string, uploadedByName?: string | null, uploadedAt?: string }} CaseDocument
 * @typedef {{ id: string, name: string, assignee?: string | null, assigneeName?: string | null,
 *   candidateGroups?: string[], created?: string, due?: string | null, mayOpen?: boolean }} CaseTask
 * @typedef {{ reference?: string, title?: string | null, status?: string, statusLabel?: string | null,
 *   openedAt?: string, openedBy?: string, openedByName?: string | null, tasks?: CaseTask[], timeline?: any[],
 *   documents?: CaseDocument[], [field: string]: any }} CaseOverview
 */

/** @param {string} kind the kind of case, as the API names it, such as "account-request" @param {string} id */
const casePath = (kind, id) => `/api/cases/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`

/** @param {string} kind @param {string} id @returns {Promise<CaseOverview>} */
export const getCase = (kind, id) => api.get(casePath(kind, id))

/** @param {string} kind @param {string} id @param {FormData} body the file, and its description if any @returns {Promise<CaseDocument>} */
export const uploadCaseDocument = (kind, id, body) => api.post(`${casePath(kind, id)}/documents`, body)

/** Where a document is downloaded. @param {string} kind @param {string} id @param {string} documentId */
export const caseDocumentUrl = (kind, id, documentId) =>
  `${casePath(kind, id)}/documents/${encodeURIComponent(documentId)}`

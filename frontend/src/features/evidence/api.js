/** The evidence API: the posts kept on a case, their files, seals, check, chain of custody and bundle. */

import { api } from '../../shared/apiClient.js'

/**
 * @typedef {{ id: string, number?: number, platform?: string, platformLabel?: string | null, url?: string | null,
 *   authorHandle?: string | null, postedAt?: string | null, text?: string | null, capturedAt?: string,
 *   capturedBy?: string, capturedByName?: string | null, sealed?: boolean, sealedAt?: string | null,
 *   disposed?: boolean, files?: EvidenceFile[], [field: string]: any }} EvidenceItem
 * @typedef {{ id: string, fileName?: string | null, mediaType?: string, size?: number, sha256?: string,
 *   [field: string]: any }} EvidenceFile
 * @typedef {{ platform: string, url?: string | null, authorHandle: string, postedAt?: string | null,
 *   text?: string | null }} NewPost
 */

/** @param {string} type the kind of case, as the API names it @param {string} id the case's id */
const evidencePath = (type, id) => `/api/cases/${encodeURIComponent(type)}/${encodeURIComponent(id)}/evidence`

/** @param {string} type @param {string} id @param {string} itemId */
const itemPath = (type, id, itemId) => `${evidencePath(type, id)}/${encodeURIComponent(itemId)}`

/**
 * The posts, whether this person may add one, and the platforms to choose from.
 * @param {string} type @param {string} id
 * @returns {Promise<{ items?: EvidenceItem[], mayAdd?: boolean, platforms?: { value: string, label: string }[] }>}
 */
export const getEvidence = (type, id) => api.get(evidencePath(type, id))

/** Who has done what with the evidence. @param {string} type @param {string} id @returns {Promise<{ entries?: any[] }>} */
export const getEvidenceCustody = (type, id) => api.get(`${evidencePath(type, id)}/custody`)

/** @param {string} type @param {string} id @param {NewPost} post @returns {Promise<EvidenceItem>} */
export const addEvidence = (type, id, post) => api.post(evidencePath(type, id), post)

/** @param {string} type @param {string} id @param {string} itemId @param {FormData} body @returns {Promise<EvidenceFile>} */
export const addEvidenceFile = (type, id, itemId, body) => api.post(`${itemPath(type, id, itemId)}/files`, body)

/** @param {string} type @param {string} id @param {string} itemId @returns {Promise<EvidenceItem | null>} the post as sealed */
export const sealEvidence = (type, id, itemId) => api.post(`${itemPath(type, id, itemId)}/seal`)

/**
 * Takes the fingerprints of the sealed posts and files again, and compares them.
 * @param {string} type @param {string} id
 * @returns {Promise<{ intact?: boolean, checkedAt?: string, items?: any[] }>} what each post's record and file was found to be
 * (see evidenceCheckResults in evidence.js)
 */
export const checkEvidence = (type, id) => api.get(`${evidencePath(type, id)}/verification`)

/** Where a file of a post is shown or downloaded. @param {string} type @param {string} id @param {string} itemId @param {string} fileId */
export const evidenceFileUrl = (type, id, itemId, fileId) =>
  `${itemPath(type, id, itemId)}/files/${encodeURIComponent(fileId)}`

/** Where the evidence bundle for a hearing is downloaded. @param {string} type @param {string} id */
export const evidenceBundleUrl = (type, id) => `${evidencePath(type, id)}/bundle`

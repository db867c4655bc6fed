/** The notifications API: each person's messages and email settings, and the administrators' outbox. */

import { api } from '../../shared/apiClient.js'

/**
 * @typedef {{ id: string, kind?: string, status?: string, createdAt?: string, sentAt?: string | null,
 *   attempts?: number | null, nextAttemptAt?: string | null, [field: string]: any }} Message
 * @typedef {{ dailyDigest?: boolean, email?: string | null, emailEnabled?: boolean }} MessageSettings
 */

/** @param {number} page @param {number} size @returns {Promise<import('../../shared/apiClient.js').Page<Message>>} */
export const listMessages = (page, size) => api.get(`/api/me/notifications?page=${page}&size=${size}`)

/** @returns {Promise<MessageSettings>} */
export const getMessageSettings = () => api.get('/api/me/notification-settings')

/** @param {{ dailyDigest: boolean }} settings @returns {Promise<MessageSettings>} */
export const saveMessageSettings = (settings) => api.put('/api/me/notification-settings', settings)

/**
 * Every message, newest first, and whether email is switched on.
 * @param {number} page @param {number} size
 * @returns {Promise<import('../../shared/apiClient.js').Page<Message> & { emailEnabled?: boolean }>}
 */
export const listOutbox = (page, size) => api.get(`/api/notifications?page=${page}&size=${size}`)

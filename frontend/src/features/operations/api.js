/** The operations API: how the processes are running, for administrators. No case content. */

import { api } from '../../shared/apiClient.js'

/**
 * @typedef {{ key: string, name?: string, [field: string]: any }} ProcessStats
 * @typedef {{ jobId: string, processKey?: string, [field: string]: any }} Incident
 * @typedef {{ bpmnXml?: string, runningByStep?: Record<string, number>, incidentsByStep?: Record<string, number> }} ProcessDiagram
 * @typedef {{ division: string, knownUntil: string, warning?: string | null }} BusinessCalendar whose bank holidays count,
 *   until when they are known, and a warning from six months before that
 */

/** @returns {Promise<ProcessStats[]>} */
export const listProcessStats = () => api.get('/api/operations/processes')

/** @returns {Promise<Incident[]>} */
export const listIncidents = () => api.get('/api/operations/incidents')

/** @param {string} jobId */
export const retryJob = (jobId) => api.post(`/api/operations/jobs/${encodeURIComponent(jobId)}/retry`)

/** @param {string} key @returns {Promise<ProcessDiagram>} */
export const getProcessDiagram = (key) => api.get(`/api/operations/processes/${encodeURIComponent(key)}/diagram`)

/** @returns {Promise<BusinessCalendar>} */
export const getCalendar = () => api.get('/api/operations/calendar')

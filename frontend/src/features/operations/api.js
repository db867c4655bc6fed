/** The operations API: how the processes are running, for administrators. No case content. */

import { api } from '../../shared/apiClient.js'

/**
 * @typedef {{ key: string, name?: string, [field: string]: any }} ProcessStats
 * @typedef {{ jobId: string, processKey?: string, [field: string]: any }} Incident
 * @typedef {{ bpmnXml?: string, runningByStep?: Record<string, number>, incidentsByStep?: Record<string, number> }} ProcessDiagram
 */

/** @returns {Promise<ProcessStats[]>} */
export const listProcessStats = () => api.get('/api/operations/processes')

/** @returns {Promise<Incident[]>} */
export const listIncidents = () => api.get('/api/operations/incidents')

/** @param {string} jobId */
export const retryJob = (jobId) => api.post(`/api/operations/jobs/${encodeURIComponent(jobId)}/retry`)

/** @param {string} key @returns {Promise<ProcessDiagram>} */
export const getProcessDiagram = (key) => api.get(`/api/operations/processes/${encodeURIComponent(key)}/diagram`)

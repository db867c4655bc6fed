/**
 * The tasks API: the work queue and its saved filters, each task's page (details, form, comments,
 * history, diagram), the processes a person may start, and out-of-office cover.
 */

import { api } from '../../shared/apiClient.js'

/**
 * @typedef {{ id: string, name: string, assignee?: string | null, caseId?: string | null,
 *   caseKind?: string | null, caseReference?: string | null, caseTitle?: string | null,
 *   processName?: string | null, created?: string, due?: string | null, followUp?: string | null,
 *   formKey?: string | null, taskDefinitionKey?: string, policyClauses?: string[], [field: string]: any }} Task
 * @typedef {{ mine?: number, group?: number, handedOver?: number }} TaskCounts
 * @typedef {{ id: string, name: string, criteria?: Record<string, unknown>, sharedWithGroup?: string | null,
 *   [field: string]: any }} TaskFilter
 * @typedef {{ key: string, name: string, startable: boolean, startFormAvailable?: boolean }} Process
 * @typedef {{ done?: string[], failed?: { taskId: string, reason?: string }[] }} BulkAnswer
 * @typedef {{ id: string, message: string, author?: string, authorName?: string | null, time?: string,
 *   [field: string]: any }} TaskComment
 * @typedef {{ bpmnXml: string, activeActivityIds?: string[] }} TaskDiagram
 * @typedef {{ id: string | number, substitute: string, substituteName?: string | null, from: string, to: string,
 *   [field: string]: any }} Substitution
 */

/**
 * One page of a task list: `query` has the list (`view`), its filters, `page` and `size`.
 * @param {Record<string, string>} query
 * @returns {Promise<import('../../shared/apiClient.js').Page<Task>>}
 */
export const listTasks = (query) => api.get(`/api/tasks?${new URLSearchParams(query)}`)

/** How many tasks each list has. @returns {Promise<TaskCounts | null>} */
export const getTaskCounts = () => api.get('/api/tasks/counts')

/** @returns {Promise<TaskFilter[]>} */
export const listTaskFilters = () => api.get('/api/task-filters')

/**
 * @param {{ name: string, criteria: Record<string, unknown>, sharedWithGroup: string | null }} filter
 * @returns {Promise<TaskFilter>}
 */
export const saveTaskFilter = (filter) => api.post('/api/task-filters', filter)

/** @param {string} id */
export const deleteTaskFilter = (id) => api.delete(`/api/task-filters/${encodeURIComponent(id)}`)

/** The processes this person may start, or see tasks of. @returns {Promise<Process[]>} */
export const listProcesses = () => api.get('/api/processes')

/**
 * Several tasks at once: each that could not be done says why. "complete" gives them all the same answer, for steps
 * that may be done many at once (authorising disposals).
 * @param {'claim' | 'hand-over' | 'complete'} action
 * @param {{ taskIds: string[], to?: string, variables?: Record<string, unknown> }} body
 * @returns {Promise<BulkAnswer | null>}
 */
export const bulkTaskAction = (action, body) => api.post(`/api/tasks/bulk/${action}`, body)

/** @param {string} id */
const taskPath = (id) => `/api/tasks/${encodeURIComponent(id)}`

/** @param {string} id @returns {Promise<Task>} */
export const getTask = (id) => api.get(taskPath(id))

/** @param {string} id @param {'claim' | 'unclaim'} action */
export const claimTask = (id, action) => api.post(`${taskPath(id)}/${action}`)

/** The task's Camunda Form schema; a 404 ApiError when it has none. @param {string} id */
export const getTaskForm = (id) => api.get(`${taskPath(id)}/form`)

/** @param {string} id @param {Record<string, unknown>} variables */
export const completeTask = (id, variables) => api.post(`${taskPath(id)}/complete`, { variables })

/** @param {string} id @param {string} to the colleague's username */
export const handOverTask = (id, to) => api.post(`${taskPath(id)}/hand-over`, { to })

/** @param {string} id @param {{ due: string | null, followUp: string | null }} dates */
export const saveTaskDates = (id, dates) => api.put(`${taskPath(id)}/dates`, dates)

/** @param {string} id @returns {Promise<TaskComment[]>} */
export const listTaskComments = (id) => api.get(`${taskPath(id)}/comments`)

/** @param {string} id @param {string} message @returns {Promise<TaskComment>} */
export const addTaskComment = (id, message) => api.post(`${taskPath(id)}/comments`, { message })

/** The history of the case the task is about. @param {string} id @returns {Promise<any[]>} */
export const getTaskHistory = (id) => api.get(`${taskPath(id)}/history`)

/** The task's process diagram, with the steps it is at. @param {string} id @returns {Promise<TaskDiagram>} */
export const getTaskDiagram = (id) => api.get(`${taskPath(id)}/diagram`)

/**
 * Who covers for this person, and for whom they cover.
 * @returns {Promise<{ mine?: Substitution[], coveringFor?: Substitution[] }>}
 */
export const listSubstitutes = () => api.get('/api/me/substitutes')

/** @param {{ substitute: string, from: string, to: string }} cover @returns {Promise<Substitution>} */
export const addSubstitute = (cover) => api.post('/api/me/substitutes', cover)

/** @param {string | number} id */
export const removeSubstitute = (id) => api.delete(`/api/me/substitutes/${encodeURIComponent(id)}`)

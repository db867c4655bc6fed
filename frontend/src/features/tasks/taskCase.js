/** The case a task is about, as the task page shows it (TaskView.vue). */

import { caseDetails, taskSummary } from '../../caseKinds.js'
import { ApiError } from '../../shared/apiClient.js'

/**
 * The details of the case the task is about, as its kind's part reads them for the task (`details`,
 * see taskSummaries.js) or else as the register says; none when its kind has none to show, or it is
 * gone (404).
 * @param {import('./api.js').Task} task
 * @param {import('./taskSummaries.js').TaskSummary | null} part
 * @returns {Promise<{ kind: string, details: any } | null>}
 */
async function fetchCase(task, part) {
  const kind = task.caseId ? (task.caseKind ?? null) : null
  if (!kind) return null
  const reading = part?.details ? part.details(task) : caseDetails(kind, String(task.caseId))
  if (!reading) return null
  try {
    const details = await reading
    return details && typeof details === 'object' ? { kind, details } : null
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null
    throw error
  }
}

/**
 * Everything the task page shows of the case, read before the page is shown: its details (`about`,
 * null when there are none to show), the part of the page that shows them (its kind's own, named in
 * the register; null when the kind has none), and what that part reads besides (`data`; see
 * taskSummaries.js).
 * @param {import('./api.js').Task} task
 */
export async function readTaskCase(task) {
  const own = taskSummary(task.caseId ? task.caseKind : null)
  const [about, data, part] = await Promise.all([
    fetchCase(task, own),
    own?.data ? own.data(String(task.caseId)) : null,
    own ? own.load(task) : null,
  ])
  return { about, data, part }
}

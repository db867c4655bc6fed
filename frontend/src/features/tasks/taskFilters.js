/** The work queue's filters, as the task list, its filter form and its saved filters name them. */

/** The filters the form has a text, select or date field for. */
export const FIELD_FILTERS = /** @type {const} */ ([
  'text',
  'caseReference',
  'processKey',
  'name',
  'dueFrom',
  'dueTo',
  'createdFrom',
  'createdTo',
  'followUpFrom',
  'followUpTo',
])
/** Filters a saved filter may hold that the form has no field for: kept as they are when searching again. */
export const KEPT_FILTERS = /** @type {const} */ (['candidateGroup', 'assignee'])
/** The filters, named as the API and the address bar name them. */
export const FILTERS = /** @type {const} */ ([...FIELD_FILTERS, 'overdue', ...KEPT_FILTERS, 'sort', 'order'])
export const DEFAULT_SORT = 'due'
export const DEFAULT_ORDER = 'asc'

/** "Review account request AR-2026-0001": a task as a screen reader hears it in a list. @param {{ name?: string, caseReference?: string | null }} task */
export function taskLabel(task) {
  return [task.name, task.caseReference].filter(Boolean).join(' ')
}

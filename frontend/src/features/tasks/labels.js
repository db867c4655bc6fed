/** Words shown to people for the work queue. */

import { GROUPS } from '../identity/labels.js'

/**
 * Who an unassigned task is waiting for: "Waiting for the Communications team",
 * "Waiting for HR or the reviewers team". Empty when it names no group.
 * @param {string[] | null | undefined} groups
 */
export function waitingFor(groups) {
  const names = (Array.isArray(groups) ? groups : []).filter(Boolean).map((group) => {
    const known = GROUPS.find((g) => g.value === group)
    if (!known) return `the ${group} team`
    return /team$/i.test(known.label) ? `the ${known.label}` : known.label
  })
  return names.length ? `Waiting for ${names.join(' or ')}` : ''
}

/** The task lists, named as the address bar and the API name them. */
export const TASK_VIEWS = [
  { value: 'mine', label: 'My tasks', count: 'mine', empty: 'You have no tasks' },
  {
    value: 'group',
    label: "My groups' unclaimed tasks",
    count: 'group',
    empty: 'There are no unclaimed tasks for your groups',
  },
  { value: 'handed-over', label: 'Tasks I handed over', count: 'handedOver', empty: 'You have not handed over any tasks' },
]

/** How the task list can be sorted. */
export const TASK_SORTS = [
  { value: 'due', label: 'Due date' },
  { value: 'created', label: 'Created' },
  { value: 'priority', label: 'Priority' },
  { value: 'name', label: 'Name' },
]

export const SORT_ORDERS = [
  { value: 'asc', label: 'Ascending' },
  { value: 'desc', label: 'Descending' },
]

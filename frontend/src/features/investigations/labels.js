/** Words shown to people for the codes of breach investigations (P4). */

import { humanise } from '../../shared/labels.js'

/**
 * Where an investigation of a suspected breach of the policy stands (P4, B 3.5-3.10, C 2.1-2.16),
 * in the order it moves, named as the API names it. Blue for HR or the Monitoring Officer to
 * act, yellow for the investigator, orange while a hearing is waited for, grey the end.
 */
export const BREACH_STATUSES = [
  { value: 'REPORTED', label: 'Reported', colour: 'blue' },
  { value: 'INFORMAL_RESOLUTION', label: 'Being resolved informally', colour: 'yellow' },
  { value: 'UNDER_INVESTIGATION', label: 'Under investigation', colour: 'yellow' },
  { value: 'AWAITING_DECISION', label: 'Waiting for a decision', colour: 'blue' },
  { value: 'AWAITING_HEARING', label: 'Waiting for a hearing', colour: 'orange' },
  { value: 'CLOSED', label: 'Closed', colour: 'grey' },
]

/** Whom a report of a suspected breach is about, named as the API names it. */
export const SUBJECT_KINDS = [
  { value: 'EMPLOYEE', label: 'An employee', short: 'Employee', lookedAtBy: 'HR' },
  { value: 'MEMBER', label: 'A councillor', short: 'Councillor', lookedAtBy: 'The Monitoring Officer' },
]

/** "An employee", or "Employee" when `short`. @param {string | null | undefined} kind @param {{ short?: boolean }} [options] */
export function subjectKindLabel(kind, { short = false } = {}) {
  const found = SUBJECT_KINDS.find((k) => k.value === String(kind ?? '').toUpperCase())
  if (!found) return humanise(kind)
  return short ? found.short : found.label
}

/** What can be written on an investigation, in the order it is offered. */
export const INVESTIGATION_NOTE_KINDS = [
  { value: 'NOTE', label: 'Note' },
  { value: 'INTERVIEW', label: 'Interview' },
  { value: 'REMEDIAL_ACTION', label: 'Remedial action', hint: 'For example, asking for a post to be removed' },
  { value: 'LETTER', label: 'Letter to the person' },
]

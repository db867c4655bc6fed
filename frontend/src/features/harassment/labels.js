/** Words shown to people for the codes of harassment reports (P5). */

import { humanise } from '../../shared/labels.js'

/**
 * Where a councillor's report of online harassment stands (P5), in the order it moves, named as
 * the API names it. Red while the councillor feels in immediate danger, blue for the Monitoring
 * Officer to act, yellow while others (the communications team, the police) act, grey the end.
 */
export const HARASSMENT_STATUSES = [
  { value: 'REPORTED', label: 'Reported', colour: 'blue' },
  { value: 'URGENT', label: 'Urgent', colour: 'red' },
  { value: 'ACTIONS_UNDER_WAY', label: 'Actions under way', colour: 'yellow' },
  { value: 'FOLLOW_UP', label: 'Follow-up', colour: 'blue' },
  { value: 'CLOSED', label: 'Closed', colour: 'grey' },
]

/** The Monitoring Officer's assessment of the risk to a councillor reporting harassment. */
export const RISK_LEVELS = [
  { value: 'LOW', label: 'Low', colour: 'green' },
  { value: 'MEDIUM', label: 'Medium', colour: 'orange' },
  { value: 'HIGH', label: 'High', colour: 'red' },
]

/**
 * The words and colour for a risk level; the API's label is used when it gives one.
 * Null when the risk has not been assessed yet.
 * @param {string | null | undefined} level
 * @param {string | null} [label]
 */
export function riskTag(level, label = null) {
  if (!level) return null
  const found = RISK_LEVELS.find((r) => r.value === String(level).toUpperCase())
  return { label: label || found?.label || humanise(level), colour: found?.colour ?? 'grey' }
}

/** What has been done about a harassment report, as the API names each kind of action. */
export const HARASSMENT_ACTION_KINDS = /** @type {Record<string, string>} */ ({
  GROUP_LEADER: 'Group leader told',
  POLICE: 'Referred to the police',
  PLATFORM: 'Reported or blocked on the platform',
  SAFETY: 'Personal-safety measures',
  WELLBEING: 'Wellbeing support',
})

/** @param {string | null | undefined} kind */
export function harassmentActionLabel(kind) {
  const key = String(kind ?? '').toUpperCase()
  return Object.hasOwn(HARASSMENT_ACTION_KINDS, key) ? HARASSMENT_ACTION_KINDS[key] : humanise(kind)
}

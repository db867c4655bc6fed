/** Words shown to people for the codes of the account registry (P2). */

import { formatCalendarDate } from '../../shared/format.js'
import { humanise } from '../../shared/labels.js'
import { KINDS } from '../accounts/labels.js'

/** The kinds of account in the registry: the council's corporate accounts as well as those people can request. */
export const ACCOUNT_KINDS = [{ value: 'CORPORATE', label: 'Corporate' }, ...KINDS.map(({ value, label }) => ({ value, label }))]

/** Whether an account in the registry is in use, named as the API names it. */
export const ACCOUNT_STATUSES = [
  { value: 'ACTIVE', label: 'Active' },
  { value: 'DEACTIVATED', label: 'Closed' },
]

/** @param {string | null | undefined} value */
export function kindLabel(value) {
  const found = ACCOUNT_KINDS.find((k) => k.value.toLowerCase() === String(value ?? '').toLowerCase())
  return found ? found.label : humanise(value)
}

/**
 * A follower count with what was counted: "8,756 followers", "31,515 views", "1 follower".
 * @param {number | null | undefined} count
 * @param {string | null | undefined} metric "FOLLOWERS" or "VIEWS"
 */
export function countText(count, metric) {
  if (typeof count !== 'number' || !Number.isFinite(count)) return ''
  const noun = String(metric ?? '').toUpperCase() === 'VIEWS' ? 'view' : 'follower'
  return `${count.toLocaleString('en-GB')} ${noun}${count === 1 ? '' : 's'}`
}

/**
 * An account's latest count for the registry list, where the column is headed "Followers":
 * "8,756 on 28 January 2020", "31,515 views on 28 January 2020", or "Not recorded".
 * @param {{ count?: number | null, metric?: string | null, countedOn?: string | null } | null | undefined} latest
 */
export function latestCountText(latest) {
  if (!latest || typeof latest.count !== 'number' || !Number.isFinite(latest.count)) return 'Not recorded'
  const views = String(latest.metric ?? '').toUpperCase() === 'VIEWS'
  const number = views ? countText(latest.count, 'VIEWS') : latest.count.toLocaleString('en-GB')
  const on = formatCalendarDate(latest.countedOn)
  return on ? `${number} on ${on}` : number
}

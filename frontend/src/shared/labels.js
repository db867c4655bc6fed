/** Words shown to people for the API's codes. */

import { formatCalendarDate, formatWhen } from './format.js'

export const PLATFORMS = [
  { value: 'X_TWITTER', label: 'X (Twitter)' },
  { value: 'FACEBOOK', label: 'Facebook' },
  { value: 'INSTAGRAM', label: 'Instagram' },
  { value: 'YOUTUBE', label: 'YouTube' },
  { value: 'LINKEDIN', label: 'LinkedIn' },
  { value: 'WHATSAPP', label: 'WhatsApp' },
  { value: 'OTHER', label: 'Other' },
]

/** Values sent as `kind` in a new account request. */
export const KINDS = [
  { value: 'DEPARTMENTAL', label: 'Departmental', hint: 'An account for the service, kept for as long as it is needed' },
  { value: 'CAMPAIGN', label: 'Campaign', hint: 'An account for one campaign, closed when the campaign ends' },
]

/** The kinds of account in the registry: the council's corporate accounts as well as those people can request. */
export const ACCOUNT_KINDS = [{ value: 'CORPORATE', label: 'Corporate' }, ...KINDS.map(({ value, label }) => ({ value, label }))]

/** Whether an account in the registry is in use, named as the API names it. */
export const ACCOUNT_STATUSES = [
  { value: 'ACTIVE', label: 'Active' },
  { value: 'DEACTIVATED', label: 'Closed' },
]

/** The ten business-case questions, in the order they are asked. */
export const BUSINESS_CASE_QUESTIONS = [
  { key: 'objectives', label: "What are the account's objectives?" },
  { key: 'strategyFit', label: "How does it fit the service's communications and marketing strategy?" },
  { key: 'audience', label: 'Who is the audience?' },
  { key: 'excludedAudiences', label: 'Who might be excluded, and how will you reach them?' },
  { key: 'resourcing', label: 'What staff time will you give it, and how quickly will you respond?' },
  { key: 'negativeResponses', label: 'How will you handle negative responses?' },
  { key: 'skills', label: 'What skills do the people posting have?' },
  { key: 'risks', label: 'What are the risks and how will you reduce them?' },
  { key: 'evaluation', label: 'How will you measure return on investment?' },
  { key: 'exitStrategy', label: 'What is your exit strategy?' },
]

/**
 * Where an account request stands, in the order it moves, named as the API names it.
 * The colour says who has to act: blue the communications team, yellow the department;
 * green is good news, red a refusal and grey the end.
 */
export const REQUEST_STATUSES = [
  { value: 'SUBMITTED', label: 'Awaiting review', colour: 'blue' },
  { value: 'INFORMATION_REQUESTED', label: 'Waiting for more information', colour: 'yellow' },
  { value: 'APPROVED', label: 'Approved: waiting for branding', colour: 'green' },
  { value: 'BRANDING_APPROVED', label: 'Branding approved: waiting for set-up', colour: 'yellow' },
  { value: 'SET_UP', label: 'Set up: waiting for activation', colour: 'blue' },
  { value: 'ACTIVE', label: 'Active', colour: 'green' },
  { value: 'CLOSED', label: 'Closed', colour: 'grey' },
  { value: 'REJECTED', label: 'Rejected', colour: 'red' },
  { value: 'WITHDRAWN', label: 'Withdrawn', colour: 'grey' },
  { value: 'EXPIRED', label: 'Expired', colour: 'grey' },
]

/**
 * Where a grant of temporary access to corporate accounts stands (D 2.9), in the order it
 * moves, named as the API names it. Coloured as account requests are: yellow for the person
 * asking or their line manager to act, blue for the communications team; orange for access
 * paused, red a refusal and grey the end.
 */
export const GRANT_STATUSES = [
  { value: 'REQUESTED', label: 'Waiting for the line manager', colour: 'yellow' },
  { value: 'ENDORSED', label: 'Waiting for the communications team', colour: 'blue' },
  { value: 'APPROVED', label: 'Waiting for the statement to be signed', colour: 'yellow' },
  { value: 'SIGNED', label: 'Waiting for access to be given', colour: 'blue' },
  { value: 'ACTIVE', label: 'Active', colour: 'green' },
  { value: 'SUSPENDED', label: 'Suspended', colour: 'orange' },
  { value: 'NOT_ENDORSED', label: 'Not endorsed', colour: 'red' },
  { value: 'REJECTED', label: 'Rejected', colour: 'red' },
  { value: 'REVOKED', label: 'Removed', colour: 'grey' },
  { value: 'EXPIRED', label: 'Expired', colour: 'grey' },
]

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

/**
 * Where a closed case's records stand in the retention schedule, named as the API names them:
 * kept (blue), due to be destroyed (yellow), kept because of a legal hold (orange), destroyed (grey).
 */
export const RETENTION_STATUSES = [
  { value: 'RETAINED', label: 'Retained', colour: 'blue' },
  { value: 'DUE', label: 'Due for disposal', colour: 'yellow' },
  { value: 'ON_HOLD', label: 'On legal hold', colour: 'orange' },
  { value: 'DISPOSED', label: 'Destroyed', colour: 'grey' },
]

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

/** @param {{ value: string, label: string, colour: string }[]} list */
const byValue = (list) => Object.fromEntries(list.map(({ value, label, colour }) => [value, { label, colour }]))

/** @type {Record<string, { label: string, colour: string }>} */
const STATUSES = {
  // Grants first, so that account requests keep their own words for the codes both have.
  ...byValue(GRANT_STATUSES),
  ...byValue(REQUEST_STATUSES),
  // Cases.
  AWAITING_REVIEW: { label: 'Awaiting review', colour: 'blue' },
  // Accounts in the registry. ACTIVE ("Active") is shared with account requests.
  DEACTIVATED: { label: 'Closed', colour: 'grey' },
}

/**
 * The statuses of kinds of case that use a code differently from the list above, by the
 * kind's API name: a grant that is APPROVED is waiting for its statement to be signed.
 * @type {Record<string, Record<string, { label: string, colour: string }>>}
 */
const STATUSES_BY_KIND = {
  'access-grant': byValue(GRANT_STATUSES),
  'breach-investigation': byValue(BREACH_STATUSES),
  'member-harassment-report': byValue(HARASSMENT_STATUSES),
  // Not a kind of case, but the retention schedule's own statuses (ON_HOLD is not a paused case).
  retention: byValue(RETENTION_STATUSES),
}

/** "ACCOUNT_REQUEST_SUBMITTED" -> "Account request submitted". @param {string | null | undefined} code */
export function humanise(code) {
  if (!code) return ''
  const words = String(code).replace(/_/g, ' ').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** @param {string | null | undefined} value */
export function platformLabel(value) {
  const found = PLATFORMS.find((p) => p.value === String(value ?? '').toUpperCase())
  return found ? found.label : humanise(value)
}

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

/**
 * The words and colour for a status. Give the kind of case ("access-grant") where a code
 * means something particular to it.
 * @param {string | null | undefined} status
 * @param {string | null} [kind]
 */
export function statusTag(status, kind = null) {
  const key = String(status ?? '').toUpperCase()
  const own = kind && Object.hasOwn(STATUSES_BY_KIND, kind) ? STATUSES_BY_KIND[kind] : null
  if (own && Object.hasOwn(own, key)) return own[key]
  return Object.hasOwn(STATUSES, key) ? STATUSES[key] : { label: humanise(status), colour: 'grey' }
}

/**
 * A corporate account as people know it: "Anytown Council (Facebook, @AnytownCouncil)",
 * or without its handle "Anytown Council (Facebook)".
 * @param {{ name?: string | null, platformLabel?: string | null, handle?: string | null } | null | undefined} account
 * @param {{ handle?: boolean }} [options]
 */
export function corporateAccountLabel(account, { handle = true } = {}) {
  const name = account?.name ?? ''
  const details = [account?.platformLabel, handle ? account?.handle : null].filter(Boolean)
  return details.length ? `${name} (${details.join(', ')})` : name
}

/** The council's groups, in the order they are offered. */
export const GROUPS = [
  { value: 'staff', label: 'Staff' },
  { value: 'service-managers', label: 'Service managers' },
  { value: 'comms', label: 'Communications team' },
  { value: 'hr', label: 'HR' },
  { value: 'monitoring-officer', label: 'Monitoring Officer' },
  { value: 'information-manager', label: 'Information Manager' },
  { value: 'members', label: 'Councillors' },
  { value: 'auditors', label: 'Internal audit' },
  { value: 'admins', label: 'System administrators' },
]

/** @param {string | null | undefined} group */
export function groupLabel(group) {
  return GROUPS.find((g) => g.value === group)?.label ?? String(group ?? '')
}

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

const FILE_TYPES = /** @type {Record<string, string>} */ ({
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
})

/** "PDF" for application/pdf; empty for a type without a short name. @param {string | null | undefined} mediaType */
export function fileTypeLabel(mediaType) {
  return FILE_TYPES[String(mediaType ?? '').toLowerCase().split(';')[0].trim()] ?? ''
}

/**
 * A user's status for the user list. An account that cannot sign in is shown as
 * disabled even when it is also locked, because unlocking it would not help.
 * @param {{ enabled?: boolean, locked?: boolean }} user
 */
export function userStatusTag(user) {
  if (user.enabled === false) return { label: 'Disabled', colour: 'grey' }
  if (user.locked) return { label: 'Locked', colour: 'red' }
  return { label: 'Active', colour: 'green' }
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

/**
 * "3 tasks", "1 task".
 * @param {number} count
 * @param {string} [noun]
 */
export function plural(count, noun = 'task') {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** What each kind of message is about, as the outbox names it. */
export const NOTIFICATION_KINDS = /** @type {Record<string, string>} */ ({
  TASK_OFFERED: 'New task for a team',
  TASK_ASSIGNED: 'Task given to someone',
  TASK_REMINDER: 'Reminder',
  TASK_ESCALATED: 'Overdue task',
  DECISION: 'Decision on a request',
  DIGEST: 'Daily digest',
})

/** @param {string | null | undefined} kind */
export function notificationKindLabel(kind) {
  return NOTIFICATION_KINDS[String(kind ?? '').toUpperCase()] ?? humanise(kind)
}

/** The words of the link in a message: tasks are opened, requests are viewed. @param {string | null | undefined} kind */
export function notificationLinkText(kind) {
  return String(kind ?? '').toUpperCase().startsWith('TASK_') ? 'Open the task' : 'View your request'
}

/**
 * What happened to a message, in plain words. The person it is for is told about
 * "your daily digest"; administrators, in the outbox, about "the daily digest" and
 * about failed attempts to send it.
 * @param {{ status?: string | null, sentAt?: string | null, createdAt?: string | null,
 *   attempts?: number | null, nextAttemptAt?: string | null }} message
 * @param {{ outbox?: boolean, now?: number }} [options]
 */
export function notificationStatusText(message, { outbox = false, now = Date.now() } = {}) {
  const status = String(message?.status ?? '').toUpperCase()
  const whose = outbox ? 'the' : 'your'
  switch (status) {
    case 'SENT': {
      const when = formatWhen(message.sentAt, message.createdAt)
      return when ? `Emailed ${when}` : 'Emailed'
    }
    case 'PENDING': {
      const attempts = typeof message.attempts === 'number' ? message.attempts : 0
      if (!outbox || attempts <= 0) return 'Waiting to be emailed'
      const next = formatWhen(message.nextAttemptAt, now)
      return `Not sent yet: ${plural(attempts, 'failed attempt')}${next ? `, next ${next}` : ''}`
    }
    case 'HELD':
      return `Held for ${whose} daily digest`
    case 'IN_DIGEST':
      return `Sent in ${whose} daily digest`
    case 'NOT_EMAILED':
      return outbox ? 'Not emailed: shown in SocialGov only' : 'Not emailed: shown here only'
    default:
      return humanise(status)
  }
}

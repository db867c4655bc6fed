/** Words shown to people for messages and the outbox. */

import { formatWhen } from '../../shared/format.js'
import { humanise, plural } from '../../shared/labels.js'

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

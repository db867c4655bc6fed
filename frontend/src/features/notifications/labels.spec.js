import { describe, expect, it } from 'vitest'
import { notificationKindLabel, notificationLinkText, notificationStatusText } from './labels.js'

describe('notificationKindLabel', () => {
  it('names each kind of message in plain words', () => {
    expect(notificationKindLabel('TASK_OFFERED')).toBe('New task for a team')
    expect(notificationKindLabel('TASK_ASSIGNED')).toBe('Task given to someone')
    expect(notificationKindLabel('TASK_REMINDER')).toBe('Reminder')
    expect(notificationKindLabel('TASK_ESCALATED')).toBe('Overdue task')
    expect(notificationKindLabel('DECISION')).toBe('Decision on a request')
    expect(notificationKindLabel('DIGEST')).toBe('Daily digest')
    expect(notificationKindLabel('SOMETHING_NEW')).toBe('Something new')
  })

  it('opens tasks and views requests', () => {
    expect(notificationLinkText('TASK_ASSIGNED')).toBe('Open the task')
    expect(notificationLinkText('DECISION')).toBe('View your request')
    expect(notificationLinkText('DIGEST')).toBe('View your request')
  })
})

describe('notificationStatusText', () => {
  const created = '2026-11-27T14:05:00Z'

  it('tells people what happened to their own messages', () => {
    expect(notificationStatusText({ status: 'SENT', createdAt: created, sentAt: '2026-11-27T14:06:00Z' })).toBe(
      'Emailed at 14:06',
    )
    expect(notificationStatusText({ status: 'SENT', createdAt: created, sentAt: '2026-11-28T07:00:00Z' })).toBe(
      'Emailed on 28 November 2026 at 07:00',
    )
    expect(notificationStatusText({ status: 'PENDING', attempts: 2 })).toBe('Waiting to be emailed')
    expect(notificationStatusText({ status: 'HELD' })).toBe('Held for your daily digest')
    expect(notificationStatusText({ status: 'IN_DIGEST' })).toBe('Sent in your daily digest')
    expect(notificationStatusText({ status: 'NOT_EMAILED' })).toBe('Not emailed: shown here only')
  })

  it('tells administrators about failed attempts, without "your"', () => {
    const now = Date.parse('2026-11-27T15:00:00Z')
    const outbox = { outbox: true, now }
    expect(notificationStatusText({ status: 'PENDING', attempts: 0 }, outbox)).toBe('Waiting to be emailed')
    expect(
      notificationStatusText({ status: 'PENDING', attempts: 1, nextAttemptAt: '2026-11-27T15:10:00Z' }, outbox),
    ).toBe('Not sent yet: 1 failed attempt, next at 15:10')
    expect(
      notificationStatusText({ status: 'PENDING', attempts: 4, nextAttemptAt: '2026-11-28T09:00:00Z' }, outbox),
    ).toBe('Not sent yet: 4 failed attempts, next on 28 November 2026 at 09:00')
    expect(notificationStatusText({ status: 'PENDING', attempts: 2, nextAttemptAt: null }, outbox)).toBe(
      'Not sent yet: 2 failed attempts',
    )
    expect(notificationStatusText({ status: 'HELD' }, outbox)).toBe('Held for the daily digest')
    expect(notificationStatusText({ status: 'IN_DIGEST' }, outbox)).toBe('Sent in the daily digest')
    expect(notificationStatusText({ status: 'NOT_EMAILED' }, outbox)).toBe('Not emailed: shown in SocialGov only')
    expect(notificationStatusText({ status: 'SENT', createdAt: created, sentAt: null }, outbox)).toBe('Emailed')
  })
})

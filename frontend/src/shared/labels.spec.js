import { describe, expect, it } from 'vitest'
import { caseKindLabel, startPage } from '../caseKinds.js'
import {
  BREACH_STATUSES,
  corporateAccountLabel,
  countText,
  fileTypeLabel,
  GRANT_STATUSES,
  HARASSMENT_STATUSES,
  harassmentActionLabel,
  kindLabel,
  latestCountText,
  notificationKindLabel,
  notificationLinkText,
  notificationStatusText,
  REQUEST_STATUSES,
  RETENTION_STATUSES,
  riskTag,
  statusTag,
  subjectKindLabel,
  waitingFor,
} from './labels.js'

describe('waitingFor', () => {
  it('names the groups a task is waiting for', () => {
    expect(waitingFor(['comms'])).toBe('Waiting for the Communications team')
    expect(waitingFor(['hr', 'reviewers'])).toBe('Waiting for HR or the reviewers team')
  })

  it('says nothing when there are no groups', () => {
    expect(waitingFor([])).toBe('')
    expect(waitingFor(null)).toBe('')
  })
})

describe('fileTypeLabel', () => {
  it('gives the short name of the file types people may upload', () => {
    expect(fileTypeLabel('application/pdf')).toBe('PDF')
    expect(fileTypeLabel('image/JPEG')).toBe('JPEG')
    expect(fileTypeLabel('image/png; charset=binary')).toBe('PNG')
    expect(fileTypeLabel('text/plain')).toBe('')
    expect(fileTypeLabel(null)).toBe('')
  })
})

describe('statusTag', () => {
  it('knows the case statuses', () => {
    expect(statusTag('AWAITING_REVIEW')).toEqual({ label: 'Awaiting review', colour: 'blue' })
    expect(statusTag('ON_HOLD')).toEqual({ label: 'On hold', colour: 'grey' })
  })

  it('names every step of an account request, coloured by who has to act', () => {
    expect(REQUEST_STATUSES.map((s) => [s.value, statusTag(s.value).label, statusTag(s.value).colour])).toEqual([
      ['SUBMITTED', 'Awaiting review', 'blue'],
      ['INFORMATION_REQUESTED', 'Waiting for more information', 'yellow'],
      ['APPROVED', 'Approved: waiting for branding', 'green'],
      ['BRANDING_APPROVED', 'Branding approved: waiting for set-up', 'yellow'],
      ['SET_UP', 'Set up: waiting for activation', 'blue'],
      ['ACTIVE', 'Active', 'green'],
      ['CLOSED', 'Closed', 'grey'],
      ['REJECTED', 'Rejected', 'red'],
      ['WITHDRAWN', 'Withdrawn', 'grey'],
      ['EXPIRED', 'Expired', 'grey'],
    ])
    expect(statusTag('withdrawn')).toEqual({ label: 'Withdrawn', colour: 'grey' })
    expect(statusTag('toString')).toEqual({ label: 'Tostring', colour: 'grey' })
  })

  it('names every step of a grant of access to corporate accounts, for its kind of case', () => {
    expect(GRANT_STATUSES.map((s) => [s.value, statusTag(s.value, 'access-grant').label, statusTag(s.value, 'access-grant').colour])).toEqual([
      ['REQUESTED', 'Waiting for the line manager', 'yellow'],
      ['ENDORSED', 'Waiting for the communications team', 'blue'],
      ['APPROVED', 'Waiting for the statement to be signed', 'yellow'],
      ['SIGNED', 'Waiting for access to be given', 'blue'],
      ['ACTIVE', 'Active', 'green'],
      ['SUSPENDED', 'Suspended', 'orange'],
      ['NOT_ENDORSED', 'Not endorsed', 'red'],
      ['REJECTED', 'Rejected', 'red'],
      ['REVOKED', 'Removed', 'grey'],
      ['EXPIRED', 'Expired', 'grey'],
    ])
    // The codes only grants use are known without the kind; the ones both use keep the account request's words.
    expect(statusTag('REVOKED')).toEqual({ label: 'Removed', colour: 'grey' })
    expect(statusTag('not_endorsed')).toEqual({ label: 'Not endorsed', colour: 'red' })
    expect(statusTag('APPROVED')).toEqual({ label: 'Approved: waiting for branding', colour: 'green' })
    // Other kinds, and codes a grant does not have, fall back to the shared list.
    expect(statusTag('APPROVED', 'account-request')).toEqual({ label: 'Approved: waiting for branding', colour: 'green' })
    expect(statusTag('AWAITING_REVIEW', 'access-grant')).toEqual({ label: 'Awaiting review', colour: 'blue' })
  })

  it('knows whether a registered account is active or closed', () => {
    expect(statusTag('ACTIVE')).toEqual({ label: 'Active', colour: 'green' })
    expect(statusTag('DEACTIVATED')).toEqual({ label: 'Closed', colour: 'grey' })
  })
})

describe('corporateAccountLabel', () => {
  it('names a corporate account with its platform and, unless asked not to, its handle', () => {
    const account = { id: 'acc-1', name: 'Anytown Council', platformLabel: 'Facebook', handle: '@AnytownCouncil' }
    expect(corporateAccountLabel(account)).toBe('Anytown Council (Facebook, @AnytownCouncil)')
    expect(corporateAccountLabel(account, { handle: false })).toBe('Anytown Council (Facebook)')
    expect(corporateAccountLabel({ ...account, handle: null })).toBe('Anytown Council (Facebook)')
    expect(corporateAccountLabel({ name: 'Anytown Council' })).toBe('Anytown Council')
    expect(corporateAccountLabel(null)).toBe('')
  })
})

describe('kindLabel', () => {
  it('names every kind of account', () => {
    expect(kindLabel('CORPORATE')).toBe('Corporate')
    expect(kindLabel('DEPARTMENTAL')).toBe('Departmental')
    expect(kindLabel('campaign')).toBe('Campaign')
  })
})

describe('follower counts', () => {
  it('says what was counted', () => {
    expect(countText(8756, 'FOLLOWERS')).toBe('8,756 followers')
    expect(countText(31515, 'VIEWS')).toBe('31,515 views')
    expect(countText(1, 'FOLLOWERS')).toBe('1 follower')
    expect(countText(null, 'FOLLOWERS')).toBe('')
  })

  it('gives the latest count with its date, naming views but not followers', () => {
    expect(latestCountText({ count: 8756, metric: 'FOLLOWERS', countedOn: '2020-01-28' })).toBe('8,756 on 28 January 2020')
    expect(latestCountText({ count: 31515, metric: 'VIEWS', countedOn: '2020-01-28' })).toBe(
      '31,515 views on 28 January 2020',
    )
    expect(latestCountText(null)).toBe('Not recorded')
  })
})

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

describe('breach investigations and retention', () => {
  it('names every step of an investigation, coloured by who has to act', () => {
    expect(BREACH_STATUSES.map((s) => [s.value, statusTag(s.value, 'breach-investigation')])).toEqual([
      ['REPORTED', { label: 'Reported', colour: 'blue' }],
      ['INFORMAL_RESOLUTION', { label: 'Being resolved informally', colour: 'yellow' }],
      ['UNDER_INVESTIGATION', { label: 'Under investigation', colour: 'yellow' }],
      ['AWAITING_DECISION', { label: 'Waiting for a decision', colour: 'blue' }],
      ['AWAITING_HEARING', { label: 'Waiting for a hearing', colour: 'orange' }],
      ['CLOSED', { label: 'Closed', colour: 'grey' }],
    ])
  })

  it('says where records stand in the retention schedule, without changing what other statuses mean', () => {
    expect(RETENTION_STATUSES.map((s) => [s.value, statusTag(s.value, 'retention')])).toEqual([
      ['RETAINED', { label: 'Retained', colour: 'blue' }],
      ['DUE', { label: 'Due for disposal', colour: 'yellow' }],
      ['ON_HOLD', { label: 'On legal hold', colour: 'orange' }],
      ['DISPOSED', { label: 'Destroyed', colour: 'grey' }],
    ])
    expect(statusTag('ON_HOLD')).toEqual({ label: 'On hold', colour: 'grey' })
  })

  it('names whom a report is about, and the kinds of case', () => {
    expect(subjectKindLabel('EMPLOYEE')).toBe('An employee')
    expect(subjectKindLabel('member')).toBe('A councillor')
    expect(subjectKindLabel('MEMBER', { short: true })).toBe('Councillor')
    expect(subjectKindLabel('CONTRACTOR')).toBe('Contractor')
    expect(caseKindLabel('breach-investigation')).toBe('Breach investigation')
    expect(caseKindLabel('member-harassment-report')).toBe('Harassment report')
    expect(caseKindLabel('something-else')).toBe('Something else')
  })
})

describe('harassment reports', () => {
  it('names every step of a report, red while someone in danger waits, without changing what other statuses mean', () => {
    expect(HARASSMENT_STATUSES.map((s) => [s.value, statusTag(s.value, 'member-harassment-report')])).toEqual([
      ['REPORTED', { label: 'Reported', colour: 'blue' }],
      ['URGENT', { label: 'Urgent', colour: 'red' }],
      ['ACTIONS_UNDER_WAY', { label: 'Actions under way', colour: 'yellow' }],
      ['FOLLOW_UP', { label: 'Follow-up', colour: 'blue' }],
      ['CLOSED', { label: 'Closed', colour: 'grey' }],
    ])
    expect(statusTag('REPORTED', 'breach-investigation')).toEqual({ label: 'Reported', colour: 'blue' })
  })

  it('colours the risk by how high it is, in the words the API gives, and says nothing when not assessed', () => {
    expect(riskTag('LOW')).toEqual({ label: 'Low', colour: 'green' })
    expect(riskTag('medium', 'Medium risk')).toEqual({ label: 'Medium risk', colour: 'orange' })
    expect(riskTag('HIGH', null)).toEqual({ label: 'High', colour: 'red' })
    expect(riskTag('EXTREME')).toEqual({ label: 'Extreme', colour: 'grey' })
    expect(riskTag(null)).toBeNull()
  })

  it('names the actions taken, the kind of case and where it is started', () => {
    expect(harassmentActionLabel('PLATFORM')).toBe('Reported or blocked on the platform')
    expect(harassmentActionLabel('group_leader')).toBe('Group leader told')
    expect(harassmentActionLabel('SOMETHING_NEW')).toBe('Something new')
    expect(caseKindLabel('member-harassment-report')).toBe('Harassment report')
    expect(startPage('member-harassment-report')).toBe('/harassment/new')
  })
})

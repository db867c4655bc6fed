import { describe, expect, it } from 'vitest'
import { statusTag } from './caseKinds.js'
import { GRANT_STATUSES } from './features/access/labels.js'
import { REQUEST_STATUSES } from './features/accounts/labels.js'

describe('statusTag', () => {
  it('knows the case statuses', () => {
    expect(statusTag('AWAITING_REVIEW')).toEqual({ label: 'Awaiting review', colour: 'blue' })
    expect(statusTag('ON_HOLD')).toEqual({ label: 'On hold', colour: 'grey' })
  })

  it('names every step of an account request, coloured by who has to act', () => {
    expect(REQUEST_STATUSES.map((s) => [s.value, statusTag(s.value).label, statusTag(s.value).colour])).toEqual([
      ['AWAITING_ENDORSEMENT', 'Waiting for the head of department to endorse it', 'yellow'],
      ['SUBMITTED', 'Awaiting review', 'blue'],
      ['INFORMATION_REQUESTED', 'Waiting for more information', 'yellow'],
      ['APPROVED', 'Approved: waiting for branding', 'green'],
      ['BRANDING_APPROVED', 'Branding approved: waiting for set-up', 'yellow'],
      ['SET_UP', 'Set up: waiting for activation', 'blue'],
      ['ACTIVE', 'Active', 'green'],
      ['CLOSED', 'Closed', 'grey'],
      ['REJECTED', 'Rejected', 'red'],
      ['NOT_ENDORSED', 'Not endorsed by the head of department', 'red'],
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
    expect(statusTag('not_endorsed')).toEqual({ label: 'Not endorsed by the head of department', colour: 'red' })
    expect(statusTag('NOT_ENDORSED', 'access-grant')).toEqual({ label: 'Not endorsed', colour: 'red' })
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

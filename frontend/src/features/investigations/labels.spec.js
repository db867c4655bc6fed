import { describe, expect, it } from 'vitest'
import { caseKindLabel, statusTag } from '../../caseKinds.js'
import { RETENTION_STATUSES } from '../retention/labels.js'
import { BREACH_STATUSES, subjectKindLabel } from './labels.js'

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

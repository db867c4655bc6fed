import { describe, expect, it } from 'vitest'
import { caseKindLabel, startPage, statusTag } from '../../caseKinds.js'
import { HARASSMENT_STATUSES, harassmentActionLabel, riskTag } from './labels.js'

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

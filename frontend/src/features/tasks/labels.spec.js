import { describe, expect, it } from 'vitest'
import { waitingFor } from './labels.js'

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

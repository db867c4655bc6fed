import { describe, expect, it } from 'vitest'
import { useSubmissionKey } from './useSubmissionKey.js'

describe('useSubmissionKey', () => {
  it('sends one key until what it starts has started, then a new one for the next', () => {
    const submission = useSubmissionKey()
    const first = submission.options().idempotencyKey

    expect(first).toMatch(/^[0-9a-f-]{36}$/)
    expect(submission.options().idempotencyKey).toBe(first)

    submission.renew()

    expect(submission.options().idempotencyKey).not.toBe(first)
    expect(useSubmissionKey().options().idempotencyKey).not.toBe(submission.options().idempotencyKey)
  })
})

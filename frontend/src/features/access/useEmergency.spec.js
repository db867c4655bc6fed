import { afterEach, describe, expect, it } from 'vitest'
import { fakeFetch, problem } from '../../test/fakeFetch.js'
import { forgetEmergency, useEmergency } from './useEmergency.js'

const EMERGENCY = {
  id: 'em-1',
  reference: 'EM-2026-0001',
  holdingMessage: 'Please bear with us',
  invokedBy: 'sam.patel',
  invokedByName: 'Sam Patel',
  invokedAt: '2026-11-27T14:05:00Z',
  liftedAt: null,
  suspendedGrants: 2,
}

afterEach(() => forgetEmergency())

describe('useEmergency', () => {
  it('asks the server once for callers at the same time', async () => {
    const { calls } = fakeFetch({ 'GET /api/emergency': { body: { active: true, emergency: EMERGENCY } } })
    const { emergency, status, refresh } = useEmergency()
    expect(status.value).toBe('unknown')

    const [a, b] = await Promise.all([refresh(), refresh()])
    expect(calls).toHaveLength(1)
    expect(a).toEqual(EMERGENCY)
    expect(b).toEqual(EMERGENCY)
    expect(emergency.value).toEqual(EMERGENCY)
    expect(status.value).toBe('ready')

    await refresh()
    expect(calls).toHaveLength(2)
  })

  it('knows none is in force when the server says so, or forgets it when the server cannot say', async () => {
    let answer = /** @type {any} */ ({ body: { active: false, emergency: null } })
    fakeFetch({ 'GET /api/emergency': () => answer })
    const { emergency, status, refresh, setEmergency } = useEmergency()

    setEmergency(EMERGENCY)
    expect(await refresh()).toBeNull()
    expect(emergency.value).toBeNull()
    expect(status.value).toBe('ready')

    setEmergency(EMERGENCY)
    answer = problem(503, 'Service Unavailable')
    await expect(refresh()).rejects.toMatchObject({ status: 503 })
    expect(emergency.value).toBeNull()
    expect(status.value).toBe('failed')
  })

  it('keeps what was invoked or lifted rather than an answer sent before it', async () => {
    /** @type {(value: any) => void} */
    let answerLater = () => {}
    fakeFetch({ 'GET /api/emergency': () => new Promise((resolve) => (answerLater = resolve)) })
    const { emergency, refresh, setEmergency } = useEmergency()

    const before = refresh()
    setEmergency(EMERGENCY)
    answerLater({ body: { active: false, emergency: null } })
    await before
    expect(emergency.value).toEqual(EMERGENCY)

    // A lifted emergency is not in force.
    setEmergency({ ...EMERGENCY, liftedAt: '2026-11-28T09:00:00Z' })
    expect(emergency.value).toBeNull()
  })
})

import { afterEach, describe, expect, it, vi } from 'vitest'
import { COMMS_OFFICER, STAFF, problem } from '../../test/fakeFetch.js'
import { getByRole, hasText, queryAllByRole, waitFor } from '../../test/queries.js'
import { renderApp } from '../../test/renderApp.js'

const EMERGENCY = {
  id: 'em-1',
  reference: 'EM-2026-0001',
  holdingMessage: 'We are aware of the flooding in Anytown.\nFollow @AnytownCouncil for updates.',
  invokedBy: 'sam.patel',
  invokedByName: 'Sam Patel',
  invokedAt: '2026-11-27T14:05:00Z',
  liftedAt: null,
  suspendedGrants: 3,
}

const ACTIVE = { body: { active: true, emergency: EMERGENCY } }
const NONE = { body: { active: false, emergency: null } }

/** @param {{ path: string, method: string }[]} calls */
const emergencyChecks = (calls) => calls.filter((c) => c.method === 'GET' && c.path === '/api/emergency').length

/** @param {Element} root */
const queryBanner = (root) => queryAllByRole(root, 'region', { name: 'Emergency procedures are in force' })

/** @param {Element} root */
const findBanner = (root) => waitFor(() => getByRole(root, 'region', { name: 'Emergency procedures are in force' }))

/** Lets the fake server answer and Vue update. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20))

afterEach(() => {
  vi.useRealTimers()
})

describe('EmergencyBanner', () => {
  it('tells everyone signed in that emergency procedures are in force, below the header', async () => {
    const { root } = await renderApp('/account/password', { 'GET /api/me': { body: STAFF }, 'GET /api/emergency': ACTIVE })

    const banner = await findBanner(root)
    // Not an alert: it would be announced again on every page.
    expect(banner.getAttribute('role')).toBeNull()
    expect(queryAllByRole(banner, 'alert')).toHaveLength(0)
    expect(banner.querySelector('h2')?.textContent).toBe('Emergency procedures are in force')
    expect(hasText(banner, 'Do not post anything from council accounts except the holding message:')).toBe(true)
    const quote = /** @type {HTMLElement} */ (banner.querySelector('blockquote'))
    expect(quote.textContent).toBe(EMERGENCY.holdingMessage)
    expect(quote.classList.contains('pre-line')).toBe(true)
    expect(hasText(banner, 'Invoked by Sam Patel on 27 November 2026 at 14:05.')).toBe(true)
    expect(banner.querySelector('time')?.getAttribute('datetime')).toBe(EMERGENCY.invokedAt)
    // Only the communications team manage it.
    expect(queryAllByRole(banner, 'link')).toHaveLength(0)

    // After the header and before the page's own content.
    const header = /** @type {HTMLElement} */ (root.querySelector('header'))
    const main = getByRole(root, 'main')
    expect(header.contains(banner)).toBe(false)
    expect(main.contains(banner)).toBe(false)
    expect(header.compareDocumentPosition(banner) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(banner.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('names who invoked it by username when their name is not known', async () => {
    const { root } = await renderApp('/account/password', {
      'GET /api/me': { body: STAFF },
      'GET /api/emergency': { body: { active: true, emergency: { ...EMERGENCY, invokedByName: null } } },
    })
    expect(hasText(await findBanner(root), 'Invoked by sam.patel on 27 November 2026 at 14:05.')).toBe(true)
  })

  it('links the communications team to the emergency page', async () => {
    const { root } = await renderApp('/account/password', { 'GET /api/me': { body: COMMS_OFFICER }, 'GET /api/emergency': ACTIVE })
    const banner = await findBanner(root)
    expect(getByRole(banner, 'link', { name: 'Manage the emergency' }).getAttribute('href')).toBe('/emergency')
  })

  it('shows nothing when no emergency is in force', async () => {
    const { root, calls } = await renderApp('/account/password', { 'GET /api/me': { body: STAFF }, 'GET /api/emergency': NONE })
    await waitFor(() => expect(emergencyChecks(calls)).toBe(1))
    await settle()
    expect(queryBanner(root)).toHaveLength(0)
    expect(root.querySelector('.emergency-banner')).toBeNull()
  })

  it('shows nothing when the server cannot say', async () => {
    const { root, calls } = await renderApp('/account/password', {
      'GET /api/me': { body: STAFF },
      'GET /api/emergency': problem(500, 'Internal Server Error'),
    })
    await waitFor(() => expect(emergencyChecks(calls)).toBe(1))
    await settle()
    expect(queryBanner(root)).toHaveLength(0)
    expect(queryAllByRole(root, 'alert')).toHaveLength(0)
  })

  it('does not ask when nobody is signed in', async () => {
    const { root, calls } = await renderApp('/sign-in', { 'GET /api/me': problem(401, 'Unauthorized') })
    await waitFor(() => getByRole(root, 'heading', { level: 1 }))
    await settle()
    expect(emergencyChecks(calls)).toBe(0)
    expect(queryBanner(root)).toHaveLength(0)
  })

  it('checks again on every page, and goes when the emergency is lifted', async () => {
    let answer = ACTIVE
    const { root, router, calls } = await renderApp('/account/password', { 'GET /api/me': { body: STAFF }, 'GET /api/emergency': () => answer })
    await findBanner(root)
    expect(emergencyChecks(calls)).toBe(1)

    answer = NONE
    await router.push('/account/messages')
    await waitFor(() => expect(emergencyChecks(calls)).toBe(2))
    await waitFor(() => expect(queryBanner(root)).toHaveLength(0))

    answer = ACTIVE
    await router.push('/account/password')
    await waitFor(() => expect(emergencyChecks(calls)).toBe(3))
    await findBanner(root)
  })

  it('checks every minute, and stops when it is no longer shown', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    let answer = NONE
    const { root, wrapper, calls } = await renderApp('/account/password', { 'GET /api/me': { body: STAFF }, 'GET /api/emergency': () => answer })
    await waitFor(() => expect(emergencyChecks(calls)).toBe(1))

    answer = ACTIVE
    vi.advanceTimersByTime(59_000)
    await settle()
    expect(emergencyChecks(calls)).toBe(1)
    vi.advanceTimersByTime(1_000)
    await waitFor(() => expect(emergencyChecks(calls)).toBe(2))
    await findBanner(root)

    wrapper.unmount()
    vi.advanceTimersByTime(180_000)
    await settle()
    expect(emergencyChecks(calls)).toBe(2)
  })
})

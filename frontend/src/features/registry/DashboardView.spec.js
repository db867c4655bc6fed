import { describe, expect, it } from 'vitest'
import { ADMIN, AUDITOR, COMMS_OFFICER, STAFF, problem } from '../../test/fakeFetch.js'
import { getByRole, hasText, queryAllByRole, waitFor } from '../../test/queries.js'
import { expectTitled } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'

const DASHBOARD = {
  requestsByStatus: {
    SUBMITTED: 3,
    INFORMATION_REQUESTED: 1,
    APPROVED: 1,
    BRANDING_APPROVED: 0,
    SET_UP: 2,
    ACTIVE: 6,
    CLOSED: 1,
    REJECTED: 0,
    WITHDRAWN: 1,
    EXPIRED: 0,
  },
  accountsUnderInactivityReview: 6,
  from: '2026-11-20',
  to: '2026-11-26',
  guidelineWarnings: [
    {
      id: 'acc-1',
      name: 'Cannock Chase District Council',
      handle: '@cannockchasedc',
      platformLabel: 'Instagram',
      guideline: 'At least two a week',
      daysActive: 1,
      days: 7,
    },
  ],
}

/** @param {Element} el */
const squash = (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()

/** @param {HTMLElement} root @param {string} heading */
function tile(root, heading) {
  const h2 = getByRole(root, 'heading', { level: 2, name: heading })
  return /** @type {HTMLElement} */ (h2.closest('section'))
}

describe('DashboardView', () => {
  it('shows the requests by status, the inactive accounts and the guideline warnings', async () => {
    const { root, calls } = await renderApp('/dashboard', { 'GET /api/me': { body: COMMS_OFFICER }, 'GET /api/registry/dashboard': { body: DASHBOARD } })

    await waitFor(() => getByRole(root, 'heading', { level: 2, name: 'Account requests' }))
    expectTitled(root, 'Dashboard')
    expect(calls.filter((c) => c.path === '/api/registry/dashboard')).toHaveLength(1)

    const requests = tile(root, 'Account requests')
    // Every status, in the order a request moves through them.
    expect([...requests.querySelectorAll('li')].map(squash)).toEqual([
      'Waiting for the head of department to endorse it: 0',
      'Awaiting review: 3',
      'Waiting for more information: 1',
      'Approved: waiting for branding: 1',
      'Branding approved: waiting for set-up: 0',
      'Set up: waiting for activation: 2',
      'Active: 6',
      'Closed: 1',
      'Rejected: 0',
      'Not endorsed by the head of department: 0',
      'Withdrawn: 1',
      'Expired: 0',
    ])
    // The bars are only a picture of the numbers above: hidden from assistive technology.
    const svgs = [...requests.querySelectorAll('svg')]
    expect(svgs).toHaveLength(12)
    for (const svg of svgs) expect(svg.getAttribute('aria-hidden')).toBe('true')
    expect(svgs.map((svg) => Number(svg.querySelector('rect')?.getAttribute('width')))).toEqual([
      0, 50, 16.67, 16.67, 0, 33.33, 100, 16.67, 0, 0, 16.67, 0,
    ])
    expect(requests.querySelector('[style]')).toBeNull()
    expect(getByRole(requests, 'link', { name: 'See all account requests' }).getAttribute('href')).toBe('/requests')

    const inactive = tile(root, 'Inactive accounts')
    expect(hasText(inactive, '6 accounts are being reviewed because nothing was recorded for over a month')).toBe(true)
    expect(getByRole(inactive, 'link', { name: 'Find the reviews in your tasks' }).getAttribute('href')).toBe(
      '/tasks?view=group',
    )

    const guideline = tile(root, 'Posting guideline (policy D 5.2)')
    const table = getByRole(guideline, 'table')
    expect(squash(/** @type {HTMLElement} */ (table.querySelector('caption')))).toBe(
      'Corporate accounts that posted less than the guideline from 20 November 2026 to 26 November 2026',
    )
    const rows = queryAllByRole(table, 'row').map((row) => [...row.querySelectorAll('th, td')].map(squash))
    expect(rows).toEqual([
      ['Account', 'Platform', 'Guideline', 'Days with posts'],
      ['Cannock Chase District Council @cannockchasedc', 'Instagram', 'At least two a week', '1 of 7'],
    ])
    expect(getByRole(table, 'link', { name: 'Cannock Chase District Council' }).getAttribute('href')).toBe(
      '/registry/acc-1',
    )
    expect(hasText(root, 'Every corporate account met the guideline')).toBe(false)
  })

  it('says when every corporate account met the guideline, and counts one inactive account right', async () => {
    const { root } = await renderApp('/dashboard', {
      'GET /api/me': { body: AUDITOR },
      'GET /api/registry/dashboard': {
        body: { ...DASHBOARD, accountsUnderInactivityReview: 1, guidelineWarnings: [] },
      },
    })

    const guideline = await waitFor(() => tile(root, 'Posting guideline (policy D 5.2)'))
    expect(hasText(guideline, 'Every corporate account met the guideline')).toBe(true)
    expect(queryAllByRole(guideline, 'table')).toHaveLength(0)
    expect(hasText(root, '1 account is being reviewed because nothing was recorded for over a month')).toBe(true)
  })

  it('shows a status the server did not count as 0, and one this page does not know by its name', async () => {
    const { root } = await renderApp('/dashboard', {
      'GET /api/me': { body: COMMS_OFFICER },
      'GET /api/registry/dashboard': { body: { ...DASHBOARD, requestsByStatus: { SUBMITTED: 2, ON_HOLD: 1 } } },
    })

    const requests = await waitFor(() => tile(root, 'Account requests'))
    const rows = [...requests.querySelectorAll('li')].map(squash)
    expect(rows).toHaveLength(13)
    expect(rows[1]).toBe('Awaiting review: 2')
    expect(rows[6]).toBe('Active: 0')
    expect(rows.at(-1)).toBe('On hold: 1')
  })

  it('says when the dashboard could not be shown', async () => {
    const { root } = await renderApp('/dashboard', {
      'GET /api/me': { body: COMMS_OFFICER },
      'GET /api/registry/dashboard': problem(500, 'Internal Server Error', undefined, 'Sorry, try again later'),
    })

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'Sorry, try again later')).toBe(true)
    expect(hasText(root, 'Loading the dashboard')).toBe(false)
    expect(queryAllByRole(root, 'heading', { level: 2, name: 'Account requests' })).toHaveLength(0)
  })

  it('says so when the server refuses', async () => {
    const { root } = await renderApp('/dashboard', { 'GET /api/me': { body: AUDITOR }, 'GET /api/registry/dashboard': problem(403, 'Forbidden') })

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'You do not have permission to do this')).toBe(true)
  })

  for (const [who, user] of [
    ['other staff', STAFF],
    ['administrators', ADMIN],
  ]) {
    it(`is not shown to ${who}`, async () => {
      const { root, calls } = await renderApp('/dashboard', { 'GET /api/me': { body: user } })

      await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'You do not have permission to see this page' }))
      expect(document.title).toBe('You do not have permission to see this page – SocialGov')
      expect(queryAllByRole(root, 'link', { name: 'Dashboard' })).toHaveLength(0)
      expect(calls.some((c) => c.path.startsWith('/api/registry'))).toBe(false)
    })
  }
})

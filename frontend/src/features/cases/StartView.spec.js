import { describe, expect, it } from 'vitest'
import { COUNCILLOR, ME } from '../../test/fakeFetch.js'
import { getByRole, hasText, queryAllByRole, waitFor } from '../../test/queries.js'
import { expectTitled } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'

const PROCESSES = [
  { key: 'account-request', name: 'Request a new social media account', startable: true, startFormAvailable: false },
  { key: 'account-closure', name: 'Close an account', startable: true, startFormAvailable: true },
  { key: 'annual-review', name: 'Annual review of accounts', startable: false, startFormAvailable: false },
]

describe('StartView', () => {
  it('lists what can be started, linking the account request to its page', async () => {
    const { root, router } = await renderApp('/start', { 'GET /api/me': { body: ME }, 'GET /api/processes': { body: PROCESSES } })

    expectTitled(root, 'Start something new')
    const items = await waitFor(() => {
      const found = [...root.querySelectorAll('.start-list__item')]
      if (found.length === 0) throw new Error('not yet')
      return found
    })
    expect(items).toHaveLength(2)
    const request = getByRole(items[0], 'link', { name: 'Request a new social media account' })
    expect(request.getAttribute('href')).toBe('/requests/new')
    expect(hasText(items[1], 'Close an account')).toBe(true)
    expect(queryAllByRole(items[1], 'link')).toHaveLength(0)
    expect(hasText(root, 'Annual review of accounts')).toBe(false)

    request.click()
    await waitFor(() => expect(router.currentRoute.value.path).toBe('/requests/new'))
  })

  it('links asking for access to a corporate account to its page', async () => {
    const { root, router } = await renderApp('/start', {
      'GET /api/me': { body: ME },
      'GET /api/processes': {
        body: [{ key: 'access-grant', name: 'Ask for access to a corporate account', startable: true, startFormAvailable: false }],
      },
    })

    const link = await waitFor(() => getByRole(root, 'link', { name: 'Ask for access to a corporate account' }))
    expect(link.getAttribute('href')).toBe('/access/new')
    expect(hasText(root, 'This cannot be started online yet')).toBe(false)

    link.click()
    await waitFor(() => expect(router.currentRoute.value.path).toBe('/access/new'))
  })

  it('links certification of authorised users to the page where one is started', async () => {
    const { root } = await renderApp('/start', {
      'GET /api/me': { body: ME },
      'GET /api/processes': {
        body: [{ key: 'access-certification', name: 'Certify authorised users', startable: true, startFormAvailable: false }],
      },
    })

    const link = await waitFor(() => getByRole(root, 'link', { name: 'Certify authorised users' }))
    expect(link.getAttribute('href')).toBe('/certifications')
  })

  it('links reporting a suspected breach of the policy to its form', async () => {
    const { root, router } = await renderApp('/start', {
      'GET /api/me': { body: ME },
      'GET /api/processes': {
        body: [{ key: 'breach-investigation', name: 'Report a suspected breach', startable: true, startFormAvailable: false }],
      },
    })

    const link = await waitFor(() => getByRole(root, 'link', { name: 'Report a suspected breach' }))
    expect(link.getAttribute('href')).toBe('/report-breach')
    expect(hasText(root, 'This cannot be started online yet')).toBe(false)

    link.click()
    await waitFor(() => expect(router.currentRoute.value.path).toBe('/report-breach'))
  })

  it('links reporting harassment to its form', async () => {
    const { root, router } = await renderApp('/start', {
      'GET /api/me': { body: COUNCILLOR },
      'GET /api/processes': {
        body: [{ key: 'member-harassment-report', name: 'Report harassment', startable: true, startFormAvailable: false }],
      },
      'GET /api/harassment-reports/options': { body: { platforms: [], members: [] } },
    })

    const main = /** @type {HTMLElement} */ (root.querySelector('main'))
    const link = await waitFor(() => getByRole(main, 'link', { name: 'Report harassment' }))
    expect(link.getAttribute('href')).toBe('/harassment/new')
    expect(hasText(root, 'This cannot be started online yet')).toBe(false)

    link.click()
    await waitFor(() => expect(router.currentRoute.value.path).toBe('/harassment/new'))
  })

  it('says when there is nothing to start', async () => {
    const { root } = await renderApp('/start', { 'GET /api/me': { body: ME }, 'GET /api/processes': { body: [PROCESSES[2]] } })

    await waitFor(() => expect(hasText(root, 'There is nothing you can start here at the moment.')).toBe(true))
  })
})

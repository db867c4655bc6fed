import { describe, expect, it } from 'vitest'
import { typeInto } from '../../test/actions.js'
import { badRequest, COMMS_OFFICER, STAFF } from '../../test/fakeFetch.js'
import { getByLabelText, getByRole, hasText, waitFor } from '../../test/queries.js'
import { errorLinksToField, successBanner } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'

const ADDED = {
  id: 'acc-9',
  platform: 'X_TWITTER',
  platformLabel: 'X (Twitter)',
  handle: '@ChaseMarkets',
  name: 'Cannock Chase Markets',
  department: 'Economic Development',
  kind: 'CAMPAIGN',
  status: 'ACTIVE',
  owner: 'priya.shah',
  campaignEndDate: '2027-03-31',
  createdAt: '2026-11-27T10:00:00Z',
  firstRecordedOn: '2019-03-14',
  counts: [],
  authorisedUsers: [],
  activity: [],
  mayRecordActivity: true,
  mayEdit: true,
}

const routes = (extra = {}) => ({
  'GET /api/me': { body: COMMS_OFFICER },
  'GET /api/auth/csrf': { status: 204, setCookie: 'XSRF-TOKEN=token' },
  'GET /api/registry/accounts/acc-9': { body: ADDED },
  ...extra,
})

/** @param {Element} root */
function fill(root) {
  typeInto(root, 'Platform', 'X_TWITTER')
  typeInto(root, /^Handle/, '@ChaseMarkets')
  typeInto(root, 'Name', 'Cannock Chase Markets')
  typeInto(root, 'Department', 'Economic Development')
  typeInto(root, 'Kind', 'CAMPAIGN')
}

describe('NewRegistryAccountView', () => {
  it('adds an account that predates SocialGov and shows its page', async () => {
    const { root, calls } = await renderApp('/registry/new', routes({ 'POST /api/registry/accounts': { status: 201, body: ADDED } }))

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Add an account' }))
    expect(() => getByLabelText(root, 'Campaign end date')).toThrow()
    fill(root)
    await waitFor(() => getByLabelText(root, 'Campaign end date'))
    typeInto(root, 'Campaign end date', '2027-03-31')
    typeInto(root, /^Owner's username/, ' priya.shah ')
    typeInto(root, /^First recorded/, '2019-03-14')
    getByRole(root, 'button', { name: 'Add account' }).click()

    await successBanner(root, 'Cannock Chase Markets added to the registry')
    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Cannock Chase Markets' }))
    const post = calls.find((c) => c.method === 'POST')
    expect(post.body).toEqual({
      platform: 'X_TWITTER',
      handle: '@ChaseMarkets',
      name: 'Cannock Chase Markets',
      url: '',
      department: 'Economic Development',
      kind: 'CAMPAIGN',
      campaignEndDate: '2027-03-31',
      owner: 'priya.shah',
      firstRecordedOn: '2019-03-14',
    })
  })

  it('shows what the server refused by its field', async () => {
    const { root } = await renderApp(
      '/registry/new',
      routes({ 'POST /api/registry/accounts': badRequest('handle', 'The registry already has @ChaseMarkets on X (Twitter)') }),
    )

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Add an account' }))
    fill(root)
    getByRole(root, 'button', { name: 'Add account' }).click()

    await errorLinksToField(root, root, {
      message: 'The registry already has @ChaseMarkets on X (Twitter)',
      label: 'Handle',
      id: 'handle',
    })
    expect(hasText(root, 'Add an account')).toBe(true)
  })

  it('is for the communications team only', async () => {
    const { root } = await renderApp('/registry/new', { 'GET /api/me': { body: STAFF } })

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'You do not have permission to see this page' }))
    expect(() => getByLabelText(root, 'Platform')).toThrow()
  })
})

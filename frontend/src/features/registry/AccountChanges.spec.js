import { describe, expect, it } from 'vitest'
import { typeInto } from '../../test/actions.js'
import { badRequest, COMMS_OFFICER, problem, STAFF } from '../../test/fakeFetch.js'
import { getByLabelText, getByRole, hasText, queryAllByRole, section, summaryRows, waitFor } from '../../test/queries.js'
import { errorLinksToField, successBanner } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'

const KATE = {
  id: 'p-1',
  username: 'kate.morgan',
  userName: 'Kate Morgan',
  fromDate: '2024-04-01',
  toDate: null,
  givenBy: 'REGISTRY',
  addedBy: 'sam.patel',
  addedByName: 'Sam Patel',
  reason: 'Runs the account',
}
const GRANTED = { ...KATE, id: 'p-2', username: 'lee.grant', userName: 'Lee Grant', givenBy: 'GRANT', grantId: 'g-1' }

const ACCOUNT = {
  id: 'acc-1',
  platform: 'FACEBOOK',
  platformLabel: 'Facebook',
  handle: '@AnytownLibraries',
  name: 'Anytown Libraries',
  url: null,
  department: 'Libraries',
  kind: 'DEPARTMENTAL',
  status: 'ACTIVE',
  owner: null,
  createdAt: '2026-11-27T10:00:00Z',
  counts: [],
  authorisedUsers: [KATE, GRANTED],
  activity: [],
  mayRecordActivity: true,
  mayEdit: true,
}

const routes = (extra = {}) => ({
  'GET /api/me': { body: COMMS_OFFICER },
  'GET /api/auth/csrf': { status: 204, setCookie: 'XSRF-TOKEN=token' },
  'GET /api/registry/accounts/acc-1': { body: ACCOUNT },
  ...extra,
})

/** @param {Element} root @param {string} summary the words that open the form */
async function open(root, summary) {
  const changes = await waitFor(() => section(root, 'Change this account'))
  const details = [...changes.querySelectorAll('details')].find((d) => d.querySelector('summary').textContent.trim() === summary)
  details.open = true
  return /** @type {HTMLElement} */ (details)
}

describe('AccountChanges', () => {
  it('changes the owner and shows the account as it now is', async () => {
    const { root, calls } = await renderApp(
      '/registry/acc-1',
      routes({ 'PUT /api/registry/accounts/acc-1/owner': { body: { ...ACCOUNT, owner: 'priya.shah', ownerName: 'Priya Shah' } } }),
    )

    const form = await open(root, 'Change owner')
    typeInto(form, /^Owner's username/, ' priya.shah ')
    getByRole(form, 'button', { name: 'Change owner' }).click()

    await successBanner(root, 'Owner changed')
    expect(summaryRows(root)['Responsible manager']).toBe('Priya Shah')
    expect(calls.find((c) => c.method === 'PUT').body).toEqual({ owner: 'priya.shah' })
  })

  it('adds an authorised user with dates and a reason, and names a refused field in its own form', async () => {
    const { root, calls } = await renderApp(
      '/registry/acc-1',
      routes({ 'POST /api/registry/accounts/acc-1/authorised-users': badRequest('reason', 'Enter why they may post from the account') }),
    )

    const form = await open(root, 'Add an authorised user')
    typeInto(form, /^Username/, 'jo.evans')
    typeInto(form, 'From', '2026-12-01')
    getByRole(form, 'button', { name: 'Add authorised user' }).click()

    await errorLinksToField(root, form, {
      message: 'Enter why they may post from the account',
      label: 'Why may they post from it?',
      id: 'addReason',
    })
    expect(calls.find((c) => c.method === 'POST').body).toEqual({ username: 'jo.evans', fromDate: '2026-12-01', toDate: '', reason: '' })
  })

  it('ends access given by the registry, not by a grant', async () => {
    const ended = { ...KATE, toDate: '2026-11-30', endReason: 'Moved to Leisure', endedByName: 'Sam Patel' }
    const { root, calls } = await renderApp(
      '/registry/acc-1',
      routes({ 'POST /api/registry/accounts/acc-1/authorised-users/p-1/end': { body: { ...ACCOUNT, authorisedUsers: [ended, GRANTED] } } }),
    )

    const form = await open(root, 'End access')
    const whose = getByLabelText(form, 'Whose access ends')
    expect([...whose.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Choose an option',
      'Kate Morgan, since 1 April 2024',
    ])
    getByRole(form, 'button', { name: 'End access' }).click()
    await errorLinksToField(root, form, { message: 'Choose whose access ends', label: 'Whose access ends', id: 'period' })
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0)

    typeInto(form, 'Whose access ends', 'p-1')
    typeInto(form, 'Their last day', '2026-11-30')
    typeInto(form, 'Why does their access end?', 'Moved to Leisure')
    getByRole(form, 'button', { name: 'End access' }).click()

    // The first attempt's error summary goes once the change is made.
    await waitFor(() => expect(queryAllByRole(form, 'alert')).toHaveLength(0))
    await successBanner(root, 'Access ended')
    expect(calls.find((c) => c.method === 'POST').body).toEqual({ lastDay: '2026-11-30', reason: 'Moved to Leisure' })
    expect(hasText(section(root, 'Authorised users'), 'Ended by Sam Patel: Moved to Leisure')).toBe(true)
  })

  it('says why a change was refused as a whole', async () => {
    const { root } = await renderApp(
      '/registry/acc-1',
      routes({
        'PUT /api/registry/accounts/acc-1': problem(404, 'Not Found', [], 'There is no account acc-1'),
      }),
    )

    const form = await open(root, 'Edit details')
    expect(/** @type {HTMLInputElement} */ (getByLabelText(form, /^Handle/)).value).toBe('@AnytownLibraries')
    getByRole(form, 'button', { name: 'Save details' }).click()

    const summary = await waitFor(() => getByRole(form, 'alert'))
    expect(hasText(summary, 'There is no account acc-1')).toBe(true)
  })

  it('is not there for people outside the communications team', async () => {
    const { root } = await renderApp('/registry/acc-1', {
      'GET /api/me': { body: STAFF },
      'GET /api/registry/accounts/acc-1': { body: { ...ACCOUNT, mayEdit: false } },
    })

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Anytown Libraries' }))
    expect(queryAllByRole(root, 'heading', { name: 'Change this account' })).toHaveLength(0)
  })
})

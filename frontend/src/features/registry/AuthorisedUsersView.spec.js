import { describe, expect, it } from 'vitest'
import { toIsoDate } from '../../shared/format.js'
import { type } from '../../test/actions.js'
import { ADMIN, AUDITOR, badRequest, COMMS_OFFICER, STAFF } from '../../test/fakeFetch.js'
import { getByLabelText, getByRole, hasText, queryAllByRole, waitFor } from '../../test/queries.js'
import { errorSummaryLink, expectTitled } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'

const ITEMS = [
  {
    accountId: 'acc-1',
    platformLabel: 'Facebook',
    handle: '@AnytownLibraries',
    name: 'Anytown Libraries',
    department: 'Libraries',
    username: 'kate.morgan',
    userName: 'Kate Morgan',
    fromDate: '2024-04-01',
    toDate: null,
  },
  {
    accountId: 'acc-2',
    platformLabel: 'YouTube',
    handle: '@AnytownCouncil',
    name: 'Anytown Council',
    department: 'Communications',
    username: 'pat.green',
    userName: 'Pat Green',
    fromDate: '2019-07-01',
    toDate: '2025-06-30',
  },
]

/** Answers for the date asked, as the server does. */
const onDate = (/** @type {any[]} */ items) => ({ search }) => ({
  body: { date: new URLSearchParams(search).get('date'), items },
})

/** A cell's text, its parts (such as the secondary text on a line of its own) apart. @param {Element} td */
const cellText = (td) => [...td.childNodes].map((n) => n.textContent).join(' ').replace(/\s+/g, ' ').trim()

/** @param {Element} table */
const bodyRows = (table) => [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map(cellText))

describe('AuthorisedUsersView', () => {
  it('shows who was authorised today unless another date is chosen', async () => {
    const { root, calls } = await renderApp('/registry/authorised-users', { 'GET /api/me': { body: COMMS_OFFICER }, 'GET /api/registry/authorised-users': onDate(ITEMS) })

    await waitFor(() => getByRole(root, 'table'))
    const today = toIsoDate(Date.now())
    expectTitled(root, 'Authorised users on a date')
    expect(calls.find((c) => c.path === '/api/registry/authorised-users').search).toBe(`?date=${today}`)
    const input = getByLabelText(root, 'Date', HTMLInputElement)
    expect(input.getAttribute('type')).toBe('date')
    expect(input.value).toBe(today)
    expect(document.getElementById(input.getAttribute('aria-describedby')).textContent).toBe('For example, 31 March 2025')
    expect(getByRole(root, 'link', { name: 'Download as CSV' }).getAttribute('href')).toBe(
      `/api/registry/authorised-users.csv?date=${today}`,
    )
  })

  it('shows everyone who could post on the chosen date', async () => {
    const { root, router, calls } = await renderApp('/registry/authorised-users', { 'GET /api/me': { body: COMMS_OFFICER }, 'GET /api/registry/authorised-users': onDate(ITEMS) })
    await waitFor(() => getByRole(root, 'table'))

    expect(getByRole(root, 'button', { name: 'Show' }).closest('form').getAttribute('method')).toBe('get')
    type(getByLabelText(root, 'Date'), '2025-03-31')
    getByRole(root, 'button', { name: 'Show' }).click()

    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/registry/authorised-users?date=2025-03-31'))
    const table = await waitFor(() => {
      const found = getByRole(root, 'table')
      expect(found.querySelector('caption').textContent.trim()).toBe('Authorised users on 31 March 2025')
      return found
    })
    expect(calls.filter((c) => c.path === '/api/registry/authorised-users').at(-1).search).toBe('?date=2025-03-31')
    expect([...table.querySelectorAll('th')].map((th) => th.textContent.trim())).toEqual([
      'Account',
      'Department',
      'Person',
      'From',
      'Until',
    ])
    expect(bodyRows(table)).toEqual([
      ['Anytown Libraries Facebook, @AnytownLibraries', 'Libraries', 'Kate Morgan kate.morgan', '1 April 2024', 'Now'],
      ['Anytown Council YouTube, @AnytownCouncil', 'Communications', 'Pat Green pat.green', '1 July 2019', '30 June 2025'],
    ])
    expect(getByRole(table, 'link', { name: 'Anytown Libraries' }).getAttribute('href')).toBe('/registry/acc-1')
    expect(getByRole(root, 'link', { name: 'Download as CSV' }).getAttribute('href')).toBe(
      '/api/registry/authorised-users.csv?date=2025-03-31',
    )
  })

  it('says when nobody could post on the date', async () => {
    const { root } = await renderApp('/registry/authorised-users?date=2010-01-01', { 'GET /api/me': { body: AUDITOR }, 'GET /api/registry/authorised-users': onDate([]) })
    await waitFor(() => expect(hasText(root, 'No one could post from any account on 1 January 2010.')).toBe(true))
    expect(queryAllByRole(root, 'table')).toHaveLength(0)
  })

  it("shows the server's error by the date", async () => {
    const { root } = await renderApp('/registry/authorised-users?date=2025-02-30', {
      'GET /api/me': { body: AUDITOR },
      'GET /api/registry/authorised-users': badRequest('date', 'Enter a real date'),
    })

    await errorSummaryLink(root, 'Enter a real date', '#date')
    const input = getByLabelText(root, 'Date')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(input.getAttribute('aria-describedby')).toBe('date-hint date-error')
    expect(document.getElementById('date-error').textContent.trim()).toBe('Error: Enter a real date')
    expect(queryAllByRole(root, 'table')).toHaveLength(0)
    expect(queryAllByRole(root, 'link', { name: 'Download as CSV' })).toHaveLength(0)
    expect(document.title).toBe('Error: Authorised users on a date – SocialGov')
  })

  it('asks for a date when there is none', async () => {
    const { root, calls } = await renderApp('/registry/authorised-users', { 'GET /api/me': { body: COMMS_OFFICER }, 'GET /api/registry/authorised-users': onDate(ITEMS) })
    await waitFor(() => getByRole(root, 'table'))

    type(getByLabelText(root, 'Date'), '')
    getByRole(root, 'button', { name: 'Show' }).click()

    await errorSummaryLink(root, 'Enter a date', '#date')
    expect(calls.filter((c) => c.path === '/api/registry/authorised-users')).toHaveLength(1)
  })

  for (const [who, user] of [
    ['other staff', STAFF],
    ['administrators', ADMIN],
  ]) {
    it(`is not shown to ${who}`, async () => {
      const { root, calls } = await renderApp('/registry/authorised-users', { 'GET /api/me': { body: user } })

      await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'You do not have permission to see this page' }))
      expect(calls.some((c) => c.path.startsWith('/api/registry'))).toBe(false)
    })
  }
})

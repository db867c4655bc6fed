import { describe, expect, it } from 'vitest'
import { COMMS_OFFICER, listPage, problem, STAFF } from '../../test/fakeFetch.js'
import { getByRole, hasText, queryAllByRole, text, waitFor } from '../../test/queries.js'
import { expectTitled } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'

const FACEBOOK = { id: 'acc-1', name: 'Anytown Council', platformLabel: 'Facebook', handle: '@AnytownCouncil' }
const X = { id: 'acc-2', name: 'Anytown Council', platformLabel: 'X (Twitter)', handle: '@anytown' }
const LIBRARIES = { id: 'acc-3', name: 'Anytown Libraries', platformLabel: 'Instagram', handle: '@anytownlibraries' }

const ACTIVE = {
  id: 'g-1',
  reference: 'AG-2026-0001',
  grantee: 'priya.shah',
  granteeName: 'Priya Shah',
  accounts: [FACEBOOK, X],
  status: 'ACTIVE',
  statusLabel: 'Active',
  requestedEndDate: '2027-02-27',
  agreedEndDate: '2027-01-31',
  requestedAt: '2026-11-20T09:00:00Z',
}

const REQUESTED = {
  id: 'g-2',
  reference: 'AG-2026-0002',
  grantee: 'alex.morgan',
  granteeName: null,
  accounts: [LIBRARIES],
  status: 'REQUESTED',
  statusLabel: 'Waiting for the line manager',
  requestedEndDate: '2027-02-27',
  agreedEndDate: null,
  requestedAt: '2026-11-27T14:05:00Z',
}

/** Each cell's text; a list in a cell as its items, separated by " | ". @param {HTMLElement} row */
const cells = (row) =>
  [...row.querySelectorAll('td')].map((td) => {
    const items = [...td.querySelectorAll('li')]
    return items.length ? items.map(text).join(' | ') : text(td)
  })

describe('AccessView', () => {
  it('lists the requests for access, with the accounts, where each stands and when it ends', async () => {
    const { root, calls } = await renderApp('/access', { 'GET /api/me': { body: COMMS_OFFICER }, 'GET /api/access-grants': listPage([ACTIVE, REQUESTED]) })

    const table = await waitFor(() => getByRole(root, 'table'))
    expectTitled(root, 'Access to corporate accounts')
    expect(
      hasText(
        root,
        "You can ask for temporary access to post from one of the council's corporate accounts. Your line manager endorses the request, the communications team decides, and you sign a statement of how you will use the account before access is given (policy D 2.9).",
      ),
    ).toBe(true)
    const ask = getByRole(root, 'link', { name: 'Ask for access' })
    expect(ask.getAttribute('href')).toBe('/access/new')
    expect(ask.classList.contains('button')).toBe(true)
    expect(calls.find((c) => c.path === '/api/access-grants')?.search).toBe('?page=0&size=50')

    const [header, ...rows] = queryAllByRole(table, 'row')
    expect([...header.querySelectorAll('th')].map((th) => th.textContent?.trim())).toEqual([
      'Reference',
      'Person',
      'Accounts',
      'Status',
      'Ends',
    ])
    expect(rows.map(cells)).toEqual([
      [
        'AG-2026-0001',
        'Priya Shah',
        'Anytown Council (Facebook) | Anytown Council (X (Twitter))',
        'Active',
        '31 January 2027',
      ],
      ['AG-2026-0002', 'alex.morgan', 'Anytown Libraries (Instagram)', 'Waiting for the line manager', '27 February 2027 Requested'],
    ])
    expect(getByRole(rows[0], 'link', { name: 'AG-2026-0001' }).getAttribute('href')).toBe('/access/g-1')
    expect(getByRole(rows[1], 'link', { name: 'AG-2026-0002' }).getAttribute('href')).toBe('/access/g-2')
    // Only a date nobody has agreed yet is marked as requested.
    expect(rows[0].querySelector('.table__secondary')).toBeNull()
    expect(rows[1].querySelector('.table__secondary')?.textContent?.trim()).toBe('Requested')
    expect(rows[0].querySelector('.tag')?.classList.contains('tag--green')).toBe(true)
    expect(rows[1].querySelector('.tag')?.classList.contains('tag--yellow')).toBe(true)
    // One page of them: no paging.
    expect(queryAllByRole(root, 'navigation', { name: 'Pages' })).toHaveLength(0)
  })

  it('names every step of a grant, coloured by who has to act', async () => {
    const statuses = [
      ['REQUESTED', 'Waiting for the line manager', 'tag--yellow'],
      ['ENDORSED', 'Waiting for the communications team', 'tag--blue'],
      ['APPROVED', 'Waiting for the statement to be signed', 'tag--yellow'],
      ['SIGNED', 'Waiting for access to be given', 'tag--blue'],
      ['ACTIVE', 'Active', 'tag--green'],
      ['SUSPENDED', 'Suspended', 'tag--orange'],
      ['NOT_ENDORSED', 'Not endorsed', 'tag--red'],
      ['REJECTED', 'Rejected', 'tag--red'],
      ['REVOKED', 'Removed', 'tag--grey'],
      ['EXPIRED', 'Expired', 'tag--grey'],
    ]
    // Without the server's words, so the page's own are shown.
    const items = statuses.map(([status], index) => ({ ...REQUESTED, id: `g${index}`, reference: `AG-2026-00${index}`, status, statusLabel: undefined }))
    const { root } = await renderApp('/access', { 'GET /api/me': { body: STAFF }, 'GET /api/access-grants': listPage(items) })

    await waitFor(() => getByRole(root, 'table'))
    const tags = queryAllByRole(root, 'row')
      .slice(1)
      .map((row) => row.querySelector('.tag'))
    expect(tags.map((tag) => [tag?.textContent, tag?.classList[1]])).toEqual(statuses.map(([, label, colour]) => [label, colour]))
  })

  it('says when nobody has asked for access yet', async () => {
    const { root } = await renderApp('/access', { 'GET /api/me': { body: STAFF }, 'GET /api/access-grants': listPage([]) })

    await waitFor(() => expect(hasText(root, 'There are no requests for access yet.')).toBe(true))
    expect(queryAllByRole(root, 'table')).toHaveLength(0)
    expect(getByRole(root, 'link', { name: 'Ask for access' }).getAttribute('href')).toBe('/access/new')
  })

  it('pages through many requests', async () => {
    const { root, calls } = await renderApp('/access?page=2', {
      'GET /api/me': { body: COMMS_OFFICER },
      'GET /api/access-grants': listPage([ACTIVE, REQUESTED], { page: 1, total: 120 }),
    })

    await waitFor(() => getByRole(root, 'table'))
    expect(calls.find((c) => c.path === '/api/access-grants')?.search).toBe('?page=1&size=50')
    expect(hasText(root, 'Showing 51 to 52 of 120')).toBe(true)
    expect(getByRole(root, 'link', { name: 'Previous page' }).getAttribute('href')).toBe('/access')
    expect(getByRole(root, 'link', { name: 'Next page' }).getAttribute('href')).toBe('/access?page=3')
  })

  it('says when the list cannot be shown', async () => {
    const { root } = await renderApp('/access', { 'GET /api/me': { body: STAFF }, 'GET /api/access-grants': problem(500, 'Internal Server Error') })

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'There is a problem')).toBe(true)
    expect(queryAllByRole(root, 'table')).toHaveLength(0)
    expect(hasText(root, 'There are no requests for access yet.')).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { ME } from '../../test/fakeFetch.js'
import { getByRole, hasText, queryAllByRole, waitFor } from '../../test/queries.js'
import { renderApp } from '../../test/renderApp.js'

describe('RequestsView and RequestView', () => {
  it('lists account requests with their status', async () => {
    const { root } = await renderApp('/requests', {
      'GET /api/me': { body: ME },
      'GET /api/account-requests': {
        body: {
          items: [
            { id: 'r1', reference: 'AR-2026-0001', proposedName: 'Anytown Libraries', platform: 'FACEBOOK', status: 'APPROVED', submittedAt: '2026-11-27T14:05:00Z' },
            { id: 'r2', reference: 'AR-2026-0002', proposedName: 'Anytown Parks', platform: 'YOUTUBE', status: 'REJECTED', submittedAt: '2026-07-01T23:30:00Z' },
          ],
          page: 0,
          size: 50,
          total: 2,
        },
      },
    })

    await waitFor(() => getByRole(root, 'table'))
    const rows = queryAllByRole(root, 'row').slice(1)
    expect(getByRole(rows[0], 'link', { name: 'AR-2026-0001' }).getAttribute('href')).toBe('/requests/r1')
    expect(hasText(rows[0], 'Approved')).toBe(true)
    expect(hasText(rows[0], '27 November 2026')).toBe(true)
    expect(hasText(rows[1], 'Rejected')).toBe(true)
    expect(hasText(rows[1], 'YouTube')).toBe(true)
    expect(hasText(rows[1], '2 July 2026')).toBe(true)
  })

  it('names each step of a request in the list', async () => {
    const statuses = [
      ['SUBMITTED', 'Awaiting review', 'tag--blue'],
      ['INFORMATION_REQUESTED', 'Waiting for more information', 'tag--yellow'],
      ['APPROVED', 'Approved: waiting for branding', 'tag--green'],
      ['BRANDING_APPROVED', 'Branding approved: waiting for set-up', 'tag--yellow'],
      ['SET_UP', 'Set up: waiting for activation', 'tag--blue'],
      ['ACTIVE', 'Active', 'tag--green'],
      ['CLOSED', 'Closed', 'tag--grey'],
      ['REJECTED', 'Rejected', 'tag--red'],
      ['WITHDRAWN', 'Withdrawn', 'tag--grey'],
      ['EXPIRED', 'Expired', 'tag--grey'],
    ]
    const items = statuses.map(([status], index) => ({
      id: `r${index}`,
      reference: `AR-2026-000${index}`,
      proposedName: 'Anytown Libraries',
      platform: 'FACEBOOK',
      status,
      submittedAt: '2026-11-27T14:05:00Z',
    }))
    const { root } = await renderApp('/requests', {
      'GET /api/me': { body: ME },
      'GET /api/account-requests': { body: { items, page: 0, size: 50, total: items.length } },
    })

    await waitFor(() => getByRole(root, 'table'))
    const tags = queryAllByRole(root, 'row')
      .slice(1)
      .map((row) => row.querySelector('.tag'))
    expect(tags.map((tag) => [tag?.textContent, tag?.classList[1]])).toEqual(statuses.map(([, label, colour]) => [label, colour]))
  })

  it('shows a rejected request with its reason', async () => {
    const { root } = await renderApp('/requests/r2', {
      'GET /api/me': { body: ME },
      'GET /api/account-requests/r2': {
        body: {
          id: 'r2',
          reference: 'AR-2026-0002',
          department: 'Parks',
          kind: 'CAMPAIGN',
          campaignEndDate: '2026-08-31',
          platform: 'YOUTUBE',
          proposedName: 'Anytown Parks',
          businessCase: { objectives: 'Show the parks' },
          proposedUsers: ['pgreen'],
          status: 'REJECTED',
          rejectionReason: 'Use the main council channel',
          submittedBy: 'pgreen',
          submittedAt: '2026-07-01T23:30:00Z',
        },
      },
      'GET /api/cases/account-request/r2': {
        body: {
          kind: 'account-request',
          id: 'r2',
          reference: 'AR-2026-0002',
          title: 'Anytown Parks',
          status: 'REJECTED',
          statusLabel: 'Rejected',
          openedAt: '2026-07-01T23:30:00Z',
          openedBy: 'pgreen',
          openedByName: 'Pat Green',
          tasks: [],
          timeline: [],
          documents: [],
        },
      },
    })

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Anytown Parks' }))
    for (const text of ['AR-2026-0002', 'Rejected', 'Use the main council channel', 'Campaign', '31 August 2026', '2 July 2026 at 00:30', 'Show the parks', 'pgreen']) {
      expect(hasText(root, text), text).toBe(true)
    }
    expect(getByRole(root, 'heading', { level: 2, name: 'Business case' })).toBeTruthy()
  })

  it('says when a request does not exist', async () => {
    const { root } = await renderApp('/requests/nope', { 'GET /api/me': { body: ME } })
    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Account request not found' }))
    expect(getByRole(root, 'link', { name: 'list of account requests' }).getAttribute('href')).toBe('/requests')
    expect(document.title).toBe('Account request not found – SocialGov')
  })
})

import { describe, expect, it } from 'vitest'
import { AUDITOR, COMMS_OFFICER, STAFF, problem } from '../../test/fakeFetch.js'
import { bodyRows, getByRole, hasText, queryAllByRole, waitFor } from '../../test/queries.js'
import { expectTitled } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'
import { certification } from '../../test/records.js'

const OPEN = certification({
  people: 15,
  decided: 12,
})
const CLOSED = {
  id: 'c-1',
  reference: 'CE-2026-0001',
  startedAt: '2026-08-01T08:00:00Z',
  dueDate: '2026-08-22',
  closedAt: '2026-08-23T00:05:00Z',
  people: 9,
  decided: 9,
}
const LIST = { body: { items: [OPEN, CLOSED] } }

describe('CertificationsView', () => {
  it('lists certifications for internal audit, without the button to start one', async () => {
    const { root } = await renderApp('/certifications', { 'GET /api/me': { body: AUDITOR }, 'GET /api/certifications': LIST })

    const page = getByRole(root, 'main')
    const table = await waitFor(() => getByRole(page, 'table'))
    expectTitled(page, 'Certification of authorised users')
    expect(
      hasText(
        page,
        "Every quarter, and whenever the communications team starts one, each account's owner confirms who may " +
          'still post from it. Anyone left undecided at the deadline is removed.',
      ),
    ).toBe(true)
    expect(queryAllByRole(page, 'button', { name: 'Start a certification now' })).toHaveLength(0)
    expect(bodyRows(table)).toEqual([
      ['CE-2026-0002', '27 November 2026', '18 December 2026', '12 of 15', 'Open'],
      ['CE-2026-0001', '1 August 2026', '22 August 2026', '9 of 9', 'Closed 23 August 2026'],
    ])
    expect(getByRole(table, 'link', { name: 'CE-2026-0002' }).getAttribute('href')).toBe('/certifications/c-2')
  })

  it('lets the communications team start one and opens it with a banner', async () => {
    const { root, router, calls } = await renderApp('/certifications', {
      'GET /api/me': { body: COMMS_OFFICER },
      'GET /api/certifications': { body: { items: [] } },
      'POST /api/certifications': { status: 201, body: { id: 'c-3', reference: 'CE-2026-0003' } },
      'GET /api/certifications/c-3': {
        body: { id: 'c-3', reference: 'CE-2026-0003', startedAt: OPEN.startedAt, dueDate: '2027-01-08', closedAt: null, accounts: [] },
      },
    })

    await waitFor(() => expect(hasText(root, 'There have been no certifications yet.')).toBe(true))
    getByRole(root, 'button', { name: 'Start a certification now' }).click()

    await waitFor(() => expect(router.currentRoute.value.path).toBe('/certifications/c-3'))
    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Certification CE-2026-0003' }))
    expect(getByRole(root, 'alert').textContent).toContain('Certification CE-2026-0003 started')
    expect(calls.filter((c) => c.method === 'POST' && c.path === '/api/certifications')).toHaveLength(1)
  })

  it('says why a certification could not be started', async () => {
    const { root, router } = await renderApp('/certifications', {
      'GET /api/me': { body: COMMS_OFFICER },
      'GET /api/certifications': LIST,
      'POST /api/certifications': problem(409, 'Conflict', undefined, 'A certification is already open'),
    })

    await waitFor(() => getByRole(root, 'table'))
    getByRole(root, 'button', { name: 'Start a certification now' }).click()
    await waitFor(() => expect(hasText(root, 'A certification is already open')).toBe(true))
    expect(router.currentRoute.value.path).toBe('/certifications')
  })

  it('is not for staff outside the communications team and internal audit', async () => {
    const { root, calls } = await renderApp('/certifications', { 'GET /api/me': { body: STAFF }, 'GET /api/certifications': LIST })

    await waitFor(() => expect(document.title).toBe('You do not have permission to see this page – SocialGov'))
    expect(hasText(root, 'CE-2026-0002')).toBe(false)
    expect(calls.some((c) => c.path === '/api/certifications')).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { HR_OFFICER, listPage, problem, STAFF } from '../../test/fakeFetch.js'
import { getByRole, hasText, queryAllByRole, text, waitFor } from '../../test/queries.js'
import { expectTitled } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'

const UNDER_INVESTIGATION = {
  id: 'inv-1',
  reference: 'BR-2026-0001',
  subjectKind: 'EMPLOYEE',
  subjectName: 'Alex Morgan',
  status: 'UNDER_INVESTIGATION',
  statusLabel: 'Under investigation',
  reportedAt: '2026-11-20T09:00:00Z',
  investigatorName: 'Nia Roberts',
  // Long past, and the case still open.
  investigationDue: '2026-01-15',
}

const REPORTED = {
  id: 'inv-2',
  reference: 'BR-2026-0002',
  subjectKind: 'MEMBER',
  subjectName: 'Councillor Jones',
  status: 'REPORTED',
  statusLabel: undefined,
  reportedAt: '2026-11-27T14:05:00Z',
  investigatorName: null,
  investigationDue: null,
}

const CLOSED = {
  ...UNDER_INVESTIGATION,
  id: 'inv-3',
  reference: 'BR-2025-0009',
  status: 'CLOSED',
  statusLabel: 'Closed',
}

describe('InvestigationsView', () => {
  it('lists the investigations: whom each is about, who investigates, when it is due and where it stands', async () => {
    const { root, calls } = await renderApp('/investigations', {
      'GET /api/me': { body: HR_OFFICER },
      'GET /api/investigations': listPage([UNDER_INVESTIGATION, REPORTED, CLOSED]),
    })

    const table = await waitFor(() => getByRole(root, 'table'))
    expectTitled(root, 'Investigations')
    expect(calls.find((c) => c.path === '/api/investigations')?.search).toBe('?page=0&size=50')

    const [header, ...rows] = queryAllByRole(table, 'row')
    expect([...header.querySelectorAll('th')].map(text)).toEqual([
      'Reference',
      'About',
      'Reported',
      'Investigator',
      'Investigation due',
      'Status',
    ])
    expect(rows.map((row) => [...row.querySelectorAll('td')].map(text))).toEqual([
      ['BR-2026-0001', 'Alex Morgan Employee', '20 November 2026', 'Nia Roberts', '15 January 2026 Overdue', 'Under investigation'],
      ['BR-2026-0002', 'Councillor Jones Councillor', '27 November 2026', 'Not appointed', 'Not set', 'Reported'],
      // A closed case is never overdue.
      ['BR-2025-0009', 'Alex Morgan Employee', '20 November 2026', 'Nia Roberts', '15 January 2026', 'Closed'],
    ])
    expect(getByRole(rows[0], 'link', { name: 'BR-2026-0001' }).getAttribute('href')).toBe('/investigations/inv-1')
    expect(rows[0].querySelector('.tag--red')?.textContent).toBe('Overdue')
    expect(rows[0].querySelectorAll('.tag')[1]?.classList.contains('tag--yellow')).toBe(true)
    expect(rows[1].querySelector('.tag')?.classList.contains('tag--blue')).toBe(true)
    expect(rows[2].querySelector('.tag')?.classList.contains('tag--grey')).toBe(true)
    expect(queryAllByRole(root, 'navigation', { name: 'Pages' })).toHaveLength(0)
  })

  it('pages through many investigations', async () => {
    const { root, calls } = await renderApp('/investigations?page=2', {
      'GET /api/me': { body: HR_OFFICER },
      'GET /api/investigations': listPage([UNDER_INVESTIGATION], { page: 1, total: 51 }),
    })

    await waitFor(() => getByRole(root, 'table'))
    expect(calls.find((c) => c.path === '/api/investigations')?.search).toBe('?page=1&size=50')
    expect(hasText(root, 'Showing 51 to 51 of 51')).toBe(true)
    expect(getByRole(root, 'link', { name: 'Previous page' }).getAttribute('href')).toBe('/investigations')
  })

  it('says when there are none', async () => {
    const { root } = await renderApp('/investigations', { 'GET /api/me': { body: HR_OFFICER }, 'GET /api/investigations': listPage([]) })

    await waitFor(() => expect(hasText(root, 'There are no investigations.')).toBe(true))
    expect(queryAllByRole(root, 'table')).toHaveLength(0)
  })

  it('tells someone who may not see investigations where to report a breach instead', async () => {
    const { root } = await renderApp('/investigations', { 'GET /api/me': { body: STAFF }, 'GET /api/investigations': problem(403, 'Forbidden') })

    await waitFor(() =>
      expect(hasText(root, 'Only HR, the Monitoring Officer and appointed investigators can see investigations.')).toBe(true),
    )
    expect(getByRole(root, 'link', { name: 'use the report form' }).getAttribute('href')).toBe('/report-breach')
    expect(queryAllByRole(root, 'table')).toHaveLength(0)
    expect(queryAllByRole(root, 'alert')).toHaveLength(0)
  })

  it('says when the list cannot be shown', async () => {
    const { root } = await renderApp('/investigations', { 'GET /api/me': { body: HR_OFFICER }, 'GET /api/investigations': problem(500, 'Internal Server Error') })

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'There is a problem')).toBe(true)
    expect(queryAllByRole(root, 'table')).toHaveLength(0)
    expect(hasText(root, 'There are no investigations.')).toBe(false)
  })
})

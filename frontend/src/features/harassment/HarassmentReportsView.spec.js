import { describe, expect, it } from 'vitest'
import { COUNCILLOR, MONITORING_OFFICER, STAFF, fakeFetch, problem } from '../../test/fakeFetch.js'
import { getByRole, hasText, queryAllByRole, text, waitFor } from '../../test/queries.js'
import { expectTitled } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'

const URGENT = {
  id: 'h-3',
  reference: 'HR-2026-0003',
  member: 'cllr.khan',
  memberName: 'Councillor Khan',
  platform: 'FACEBOOK',
  platformLabel: 'Facebook',
  status: 'URGENT',
  statusLabel: 'Urgent',
  riskLevel: null,
  riskLabel: null,
  reportedAt: '2026-11-27T14:05:00Z',
  immediateDanger: true,
}

const UNDER_WAY = {
  id: 'h-2',
  reference: 'HR-2026-0002',
  member: 'cllr.jones',
  memberName: 'Councillor Jones',
  platform: 'X_TWITTER',
  platformLabel: 'X (Twitter)',
  status: 'ACTIONS_UNDER_WAY',
  statusLabel: 'Actions under way',
  riskLevel: 'HIGH',
  riskLabel: 'High',
  reportedAt: '2026-11-20T09:00:00Z',
  // Felt in danger when reporting, but the Monitoring Officer has it in hand.
  immediateDanger: true,
}

const CLOSED = {
  id: 'h-1',
  reference: 'HR-2026-0001',
  member: 'cllr.jones',
  memberName: null,
  platform: 'EMAIL',
  platformLabel: 'Email',
  status: 'CLOSED',
  statusLabel: 'Closed',
  riskLevel: 'LOW',
  riskLabel: 'Low',
  reportedAt: '2026-10-02T08:30:00Z',
  immediateDanger: false,
}

/** @param {HTMLElement} table */
const cells = (table) => queryAllByRole(table, 'row').slice(1).map((row) => [...row.querySelectorAll('td')].map(text))

describe('HarassmentReportsView', () => {
  it("shows a councillor their own reports, where each stands, and a way to each report's page", async () => {
    const { root } = await renderApp('/harassment', { 'GET /api/me': { body: COUNCILLOR }, 'GET /api/harassment-reports': { body: { items: [UNDER_WAY, CLOSED] } } })

    const table = await waitFor(() => getByRole(root, 'table'))
    expectTitled(root, 'Harassment reports')
    expect(getByRole(root, 'heading', { level: 2, name: 'Your reports' })).toBeTruthy()
    expect(hasText(root, 'Only you and the Monitoring Officer can see them.')).toBe(true)
    expect([...table.querySelectorAll('th')].map(text)).toEqual(['Reference', 'Reported', 'Status'])
    expect(cells(table)).toEqual([
      ['HR-2026-0002', '20 November 2026', 'Actions under way'],
      ['HR-2026-0001', '2 October 2026', 'Closed'],
    ])
    expect(getByRole(table, 'link', { name: 'HR-2026-0002' }).getAttribute('href')).toBe('/harassment/h-2')
    const rows = queryAllByRole(table, 'row').slice(1)
    expect(rows[0].querySelector('.tag')?.classList.contains('tag--yellow')).toBe(true)
    expect(rows[1].querySelector('.tag')?.classList.contains('tag--grey')).toBe(true)
    // Nothing about the risk the Monitoring Officer assessed.
    expect(hasText(table, 'High')).toBe(false)
    const main = /** @type {HTMLElement} */ (root.querySelector('main'))
    expect(getByRole(main, 'link', { name: 'Report harassment' }).getAttribute('href')).toBe('/harassment/new')
  })

  it('shows the Monitoring Officer every report, with the councillor, the risk, and those waiting urgently', async () => {
    const { root } = await renderApp('/harassment', {
      'GET /api/me': { body: MONITORING_OFFICER },
      'GET /api/harassment-reports': { body: { items: [URGENT, UNDER_WAY, CLOSED] } },
    })

    const table = await waitFor(() => getByRole(root, 'table'))
    expect(queryAllByRole(root, 'heading', { name: 'Your reports' })).toHaveLength(0)
    expect([...table.querySelectorAll('th')].map(text)).toEqual(['Reference', 'Councillor', 'Reported', 'Risk', 'Status'])
    expect(cells(table)).toEqual([
      ['HR-2026-0003 Urgent', 'Councillor Khan', '27 November 2026', 'Not assessed yet', 'Urgent'],
      ['HR-2026-0002', 'Councillor Jones', '20 November 2026', 'High', 'Actions under way'],
      ['HR-2026-0001', 'cllr.jones', '2 October 2026', 'Low', 'Closed'],
    ])
    const rows = queryAllByRole(table, 'row').slice(1)
    // Only a report still waiting, from someone in immediate danger, is marked urgent.
    expect([...rows[0].querySelectorAll('td')[0].querySelectorAll('.tag--red')].map(text)).toEqual(['Urgent'])
    expect(rows[1].querySelectorAll('td')[0].querySelector('.tag')).toBeNull()
    expect(rows[1].querySelectorAll('td')[3].querySelector('.tag--red')?.textContent).toBe('High')
    expect(rows[2].querySelectorAll('td')[3].querySelector('.tag--green')?.textContent).toBe('Low')
    expect(rows[0].querySelectorAll('td')[4].querySelector('.tag--red')?.textContent).toBe('Urgent')
    expect(getByRole(table, 'link', { name: 'HR-2026-0003' }).getAttribute('href')).toBe('/harassment/h-3')
  })

  it('says when there are no reports', async () => {
    fakeFetch({ 'GET /api/me': { body: COUNCILLOR }, 'GET /api/harassment-reports': { body: { items: [] } } })
    const first = await renderApp('/harassment')
    await waitFor(() => expect(hasText(first.root, 'You have not reported any harassment.')).toBe(true))
    expect(queryAllByRole(first.root, 'table')).toHaveLength(0)
    first.wrapper.unmount()

    const { root } = await renderApp('/harassment', { 'GET /api/me': { body: MONITORING_OFFICER }, 'GET /api/harassment-reports': { body: { items: [] } } })
    await waitFor(() => expect(hasText(root, 'There are no harassment reports.')).toBe(true))
  })

  it('says when the reports cannot be shown', async () => {
    const { root } = await renderApp('/harassment', { 'GET /api/me': { body: COUNCILLOR }, 'GET /api/harassment-reports': problem(500, 'Internal Server Error') })

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'There is a problem')).toBe(true)
    expect(queryAllByRole(root, 'table')).toHaveLength(0)
    expect(hasText(root, 'You have not reported any harassment.')).toBe(false)
  })

  it('says who may see them when the server refuses', async () => {
    const { root } = await renderApp('/harassment', { 'GET /api/me': { body: COUNCILLOR }, 'GET /api/harassment-reports': problem(403, 'Forbidden') })

    await waitFor(() =>
      expect(hasText(root, 'Only councillors and the Monitoring Officer can see harassment reports.')).toBe(true),
    )
    expect(queryAllByRole(root, 'alert')).toHaveLength(0)
  })

  it('is not shown to anyone else', async () => {
    const { root, calls } = await renderApp('/harassment', { 'GET /api/me': { body: STAFF } })

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'You do not have permission to see this page' }))
    expect(calls.some((c) => c.path === '/api/harassment-reports')).toBe(false)
  })
})

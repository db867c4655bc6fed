import { afterEach, describe, expect, it, vi } from 'vitest'
import { tick, typeInto } from '../../test/actions.js'
import { badRequest, callsTo, HR_OFFICER, INFORMATION_MANAGER } from '../../test/fakeFetch.js'
import { bodyRows, getByLabelText, getByRole, hasText, queryAllByRole, section, text, waitFor } from '../../test/queries.js'
import { errorLinksToField, expectTitled } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'

const FOUND = {
  username: 'jo.evans',
  name: 'Jo Evans',
  searchedOn: '7 December 2026',
  searchedBy: 'Ian Moss',
  notShown: 1,
  records: [
    {
      kind: 'person',
      kindLabel: 'Directory entry and sign-in',
      reference: 'jo.evans',
      status: 'Held',
      roles: ['The person'],
      fields: [{ label: 'Directory: Name', value: 'Jo Evans' }],
    },
    {
      kind: 'breach-investigation',
      kindLabel: 'Breach investigation',
      reference: 'BI-2026-0004',
      status: 'Reported',
      roles: ['Subject'],
      fields: [
        { label: 'About (employee)', value: 'jo.evans' },
        { label: 'Description', value: 'Jo Evans replied rudely to Ben Ward' },
      ],
    },
  ],
  thirdParties: [{ username: 'ben.ward', name: 'Ben Ward', places: ['BI-2026-0004: Description'] }],
}

/** @param {Record<string, any>} [extra] */
function routes(extra = {}) {
  return {
    'GET /api/me': { body: INFORMATION_MANAGER },
    'GET /api/auth/csrf': { status: 204, setCookie: 'XSRF-TOKEN=token' },
    'POST /api/subject-access/search': { body: FOUND },
    'POST /api/subject-access/export': { body: 'PK', contentType: 'application/zip' },
    ...extra,
  }
}

const { createObjectURL, revokeObjectURL } = URL

afterEach(() => {
  vi.restoreAllMocks()
  URL.createObjectURL = createObjectURL
  URL.revokeObjectURL = revokeObjectURL
})

describe('SubjectAccessView', () => {
  it('finds what is held about a person, case by case, and downloads the export with the ticked names redacted', async () => {
    const saved = vi.fn()
    URL.createObjectURL = vi.fn(() => 'blob:zip')
    URL.revokeObjectURL = vi.fn()
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click() {
      saved(/** @type {HTMLAnchorElement} */ (this).download)
    })
    const { root, calls } = await renderApp('/subject-access', routes())
    await waitFor(() => getByRole(root, 'heading', { level: 1 }))
    expectTitled(root, 'Subject access request')

    typeInto(root, 'Username of the person asking', ' jo.evans ')
    typeInto(root, /Other names they may be written as/, 'Joanne Evans\n\n  Jo E  \n')
    getByRole(root, 'button', { name: 'Search' }).click()

    const records = await waitFor(() => section(root, 'What is held about Jo Evans'))
    expect(callsTo(calls ?? [], 'POST', '/api/subject-access/search')[0].body).toEqual({
      username: 'jo.evans',
      names: ['Joanne Evans', 'Jo E'],
    })
    expect(hasText(records, 'Searched on 7 December 2026 by Ian Moss: 2 records about jo.evans.')).toBe(true)
    expect(hasText(records, '1 more record about this person is not shown')).toBe(true)
    expect(queryAllByRole(records, 'heading', { level: 3 }).map(text)).toEqual([
      'Directory entry and sign-in jo.evans',
      'Breach investigation BI-2026-0004',
    ])
    expect(hasText(records, 'Status: Reported. Their part in it: Subject.')).toBe(true)
    const breach = getByRole(records, 'table', { name: 'What BI-2026-0004 holds about them' })
    expect(bodyRows(breach)).toEqual([
      ['About (employee)', 'jo.evans'],
      ['Description', 'Jo Evans replied rudely to Ben Ward'],
    ])

    const exporting = section(root, 'Redact and download')
    const ben = getByLabelText(exporting, 'Ben Ward')
    expect(hasText(exporting, 'In BI-2026-0004: Description')).toBe(true)
    tick(ben)
    getByRole(exporting, 'button', { name: 'Download the export (ZIP)' }).click()
    await waitFor(() => expect(saved).toHaveBeenCalledWith('subject-access-jo.evans.zip'))
    expect(callsTo(calls ?? [], 'POST', '/api/subject-access/export')[0].body).toEqual({
      username: 'jo.evans',
      names: ['Joanne Evans', 'Jo E'],
      redact: ['ben.ward'],
    })
  })

  it('asks for the username before searching, and shows what the server refuses by its field', async () => {
    const { root, calls } = await renderApp(
      '/subject-access',
      routes({ 'POST /api/subject-access/search': { ...badRequest('names[0]', 'Each name must be between 3 and 100 characters') } }),
    )
    await waitFor(() => getByRole(root, 'button', { name: 'Search' }))
    getByRole(root, 'button', { name: 'Search' }).click()
    await errorLinksToField(root, root, {
      message: 'Enter the username of the person asking',
      label: 'Username of the person asking',
      id: 'username',
    })
    expect(callsTo(calls ?? [], 'POST', '/api/subject-access/search')).toHaveLength(0)

    typeInto(root, 'Username of the person asking', 'jo.evans')
    typeInto(root, /Other names they may be written as/, 'Jo')
    getByRole(root, 'button', { name: 'Search' }).click()
    await waitFor(() => expect(hasText(root, 'Each name must be between 3 and 100 characters')).toBe(true))
    await errorLinksToField(root, root, {
      message: 'Each name must be between 3 and 100 characters',
      label: 'Other names they may be written as (optional)',
      id: 'names',
    })
    expect(hasText(root, 'What is held about')).toBe(false)
  })

  it('is not for anyone but the Information Manager', async () => {
    const { root } = await renderApp('/subject-access', routes({ 'GET /api/me': { body: HR_OFFICER } }))
    await waitFor(() => getByRole(root, 'heading', { level: 1 }))
    expect(text(getByRole(root, 'heading', { level: 1 }))).toBe('You do not have permission to see this page')
  })
})

import { describe, expect, it } from 'vitest'
import { typeInto } from '../../test/actions.js'
import { badRequest, ME, problem } from '../../test/fakeFetch.js'
import { getByLabelText, getByRole, hasText, queryAllByRole, waitFor } from '../../test/queries.js'
import { renderApp } from '../../test/renderApp.js'

const COVER = { id: 7, substitute: 'sam.jones', substituteName: 'Sam Jones', from: '2026-12-21', to: '2027-01-02' }
const COVERING = { id: 9, absent: 'ann.lee', absentName: 'Ann Lee', from: '2026-11-23', to: '2026-11-30' }

describe('SubstitutesView', () => {
  it('shows who covers for me and whom I cover for', async () => {
    const { root } = await renderApp('/account/substitutes', {
      'GET /api/me': { body: ME },
      'GET /api/me/substitutes': { body: { mine: [COVER], coveringFor: [COVERING] } },
    })

    expect(getByRole(root, 'heading', { level: 1 }).textContent).toBe('Out of office')
    const table = await waitFor(() => getByRole(root, 'table'))
    const [row] = queryAllByRole(table, 'row').slice(1)
    expect(hasText(row, 'Sam Jones')).toBe(true)
    expect(hasText(row, '21 December 2026')).toBe(true)
    expect(hasText(row, '2 January 2027')).toBe(true)
    expect(getByRole(row, 'button', { name: 'Remove Sam Jones from 21 December 2026 to 2 January 2027' })).toBeTruthy()
    expect(hasText(root, 'Ann Lee from 23 November 2026 to 30 November 2026')).toBe(true)
  })

  it('adds cover, checking the form first and showing the server’s problems by the fields', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    let saved = false
    let attempt = 0
    const { root, calls } = await renderApp('/account/substitutes', {
      'GET /api/me': { body: ME },
      'GET /api/me/substitutes': () => ({ body: { mine: saved ? [COVER] : [], coveringFor: [] } }),
      'POST /api/me/substitutes': () => {
        if (attempt++ === 0) {
          return badRequest('substitute', 'There is no one with the username sam.jone')
        }
        saved = true
        return { status: 201, body: COVER }
      },
    })

    await waitFor(() => expect(hasText(root, 'Nobody is set up to cover for you.')).toBe(true))
    typeInto(root, 'First day away', '2026-12-21')
    typeInto(root, 'Last day away', '2026-12-20')
    getByRole(root, 'button', { name: 'Add cover' }).click()

    let summary = await waitFor(() => getByRole(root, 'alert'))
    expect(queryAllByRole(summary, 'link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Enter the username of the colleague who will cover for you', '#substitute'],
      ['The last day must be the same as or after the first day', '#to'],
    ])
    expect(getByLabelText(root, 'Last day away').getAttribute('aria-invalid')).toBe('true')
    expect(calls.some((c) => c.method === 'POST')).toBe(false)

    typeInto(root, "Colleague's username", 'sam.jone')
    typeInto(root, 'Last day away', '2027-01-02')
    getByRole(root, 'button', { name: 'Add cover' }).click()
    summary = await waitFor(() => {
      const alert = getByRole(root, 'alert')
      if (!hasText(alert, 'There is no one with the username sam.jone')) throw new Error('not yet')
      return alert
    })
    expect(getByRole(summary, 'link', { name: 'There is no one with the username sam.jone' }).getAttribute('href')).toBe(
      '#substitute',
    )
    expect(getByLabelText(root, "Colleague's username").getAttribute('aria-invalid')).toBe('true')

    typeInto(root, "Colleague's username", 'sam.jones')
    getByRole(root, 'button', { name: 'Add cover' }).click()
    await waitFor(() =>
      expect(hasText(root, 'Sam Jones will cover for you from 21 December 2026 to 2 January 2027')).toBe(true),
    )
    await waitFor(() => getByRole(root, 'table'))
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([
      { substitute: 'sam.jone', from: '2026-12-21', to: '2027-01-02' },
      { substitute: 'sam.jones', from: '2026-12-21', to: '2027-01-02' },
    ])
    expect(getByLabelText(root, "Colleague's username", HTMLInputElement).value).toBe('')
  })

  it('removes cover', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    let removed = false
    const { root, calls } = await renderApp('/account/substitutes', {
      'GET /api/me': { body: ME },
      'GET /api/me/substitutes': () => ({ body: { mine: removed ? [] : [COVER], coveringFor: [] } }),
      'DELETE /api/me/substitutes/7': () => {
        removed = true
        return { status: 204 }
      },
    })

    ;(await waitFor(() => getByRole(root, 'button', { name: /^Remove Sam Jones/ }))).click()
    await waitFor(() => expect(hasText(root, 'Nobody is set up to cover for you.')).toBe(true))
    expect(hasText(root, 'Sam Jones will no longer cover for you from 21 December 2026 to 2 January 2027')).toBe(true)
    const call = calls.find((c) => c.method === 'DELETE')
    expect(call.path).toBe('/api/me/substitutes/7')
    expect(call.headers.get('X-XSRF-TOKEN')).toBe('token')
  })

  it('shows a problem removing cover', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root } = await renderApp('/account/substitutes', {
      'GET /api/me': { body: ME },
      'GET /api/me/substitutes': { body: { mine: [COVER], coveringFor: [] } },
      'DELETE /api/me/substitutes/7': problem(409, 'Conflict', undefined, 'This cover has already ended'),
    })

    ;(await waitFor(() => getByRole(root, 'button', { name: /^Remove Sam Jones/ }))).click()
    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'This cover has already ended')).toBe(true)
    expect(queryAllByRole(root, 'row')).toHaveLength(2)
  })
})

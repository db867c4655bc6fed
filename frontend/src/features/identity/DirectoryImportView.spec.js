import { describe, expect, it } from 'vitest'
import { chooseFiles } from '../../test/actions.js'
import { ADMIN, fakeFetch, problem } from '../../test/fakeFetch.js'
import { getByLabelText, getByRole, hasText, queryAllByRole, waitFor } from '../../test/queries.js'
import { renderApp } from '../../test/renderApp.js'

const CSV = 'name,email,employee number,department\nFinn Ranger,finn.ranger@council.example,E201,Countryside Service\n'

const CHANGES = {
  people: 3,
  newDepartments: ['Countryside Service'],
  joiners: [{ username: 'finn.ranger', name: 'Finn Ranger', department: 'Countryside Service', jobTitle: 'Ranger' }],
  movers: [{ username: 'ida.move', name: 'Ida Move', from: 'Economic Development', to: 'Community Safety Partnership' }],
  changed: [{ username: 'ida.move', name: 'Ida Move', what: ['job title'] }],
  leavers: [{ username: 'jon.gone', name: 'Jon Gone', leavingDate: '2026-12-07', missingFromFile: true }],
  unchanged: 1,
}

const routes = (extra = {}) => ({
  'GET /api/me': { body: ADMIN },
  'GET /api/auth/csrf': { status: 204, setCookie: 'XSRF-TOKEN=token' },
  ...extra,
})

/** @param {HTMLElement} root @param {string} caption */
const rowsOf = (root, caption) => {
  const table = [...root.querySelectorAll('table')].find((t) => t.querySelector('caption')?.textContent === caption)
  return [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim()))
}

describe('DirectoryImportView', () => {
  it('shows what the HR export changes, and applies it only when asked', async () => {
    const { calls } = fakeFetch(
      routes({
        'POST /api/directory/imports': { status: 201, body: { id: 'imp-1', changes: CHANGES } },
        'POST /api/directory/imports/imp-1/apply': { body: CHANGES },
      }),
    )
    const { root } = await renderApp('/admin/directory')

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Import the organisation directory' }))
    expect(document.title).toBe('Import the organisation directory – SocialGov')
    chooseFiles(getByLabelText(root, 'HR export'), [new File([CSV], 'hr.csv', { type: 'text/csv' })])
    getByRole(root, 'button', { name: 'Check the file' }).click()

    await waitFor(() => getByRole(root, 'heading', { level: 2, name: 'What this file changes' }))
    expect(hasText(root, '3 people in the file: 1 joiner, 1 mover, 1 other change, 1 leaver, 1 unchanged.')).toBe(true)
    expect(rowsOf(root, 'Joiners')).toEqual([['Finn Ranger', 'Countryside Service', 'Ranger']])
    expect(rowsOf(root, 'Moving department')).toEqual([['Ida Move', 'Economic Development', 'Community Safety Partnership']])
    expect(rowsOf(root, 'Other changes')).toEqual([['Ida Move', 'job title']])
    expect(rowsOf(root, 'Leavers')).toEqual([['Jon Gone', '7 December 2026', 'Not in this file']])
    const check = calls.find((c) => c.path === '/api/directory/imports')
    expect(check.headers.get('Content-Type')).toBe('text/csv')
    expect(check.body).toBe(CSV)
    expect(calls.some((c) => c.path.endsWith('/apply'))).toBe(false)

    getByRole(root, 'button', { name: 'Apply these changes' }).click()

    const banner = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(banner, 'Directory updated')).toBe(true)
    expect(hasText(banner, '1 joiner, 1 mover, 1 other change, 1 leaver. 1 unchanged.')).toBe(true)
    expect(calls.filter((c) => c.path === '/api/directory/imports/imp-1/apply')).toHaveLength(1)
    expect(hasText(root, 'What this file changes')).toBe(false)
  })

  it('lists every bad row with its line, pointing at the file, and changes nothing', async () => {
    const { calls } = fakeFetch(
      routes({
        'POST /api/directory/imports': problem(
          400,
          'Bad Request',
          [
            { field: 'rows[3]', message: 'Line 3: enter the employee number of a member of staff' },
            { field: 'rows[6]', message: 'Line 6: the line manager nobody@council.example is not in the file' },
          ],
          'The request has problems',
        ),
      }),
    )
    const { root } = await renderApp('/admin/directory')

    const input = await waitFor(() => getByLabelText(root, 'HR export'))
    chooseFiles(input, [new File([CSV], 'hr.csv', { type: 'text/csv' })])
    getByRole(root, 'button', { name: 'Check the file' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(queryAllByRole(summary, 'link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Line 3: enter the employee number of a member of staff', '#hr-export'],
      ['Line 6: the line manager nobody@council.example is not in the file', '#hr-export'],
    ])
    expect(root.querySelector('#hr-export-error').textContent.replace(/\s+/g, ' ').trim()).toBe(
      'Error: The file has 2 problems: nothing was changed',
    )
    expect(hasText(root, 'Apply these changes')).toBe(false)
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1)
  })

  it('asks for a file before sending anything', async () => {
    const { calls } = fakeFetch(routes())
    const { root } = await renderApp('/admin/directory')

    ;(await waitFor(() => getByRole(root, 'button', { name: 'Check the file' }))).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'Select the HR export as a CSV file')).toBe(true)
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0)
  })
})

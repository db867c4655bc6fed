import { describe, expect, it } from 'vitest'
import { chooseFiles } from '../../test/actions.js'
import { COMMS_OFFICER, fakeFetch, problem } from '../../test/fakeFetch.js'
import { bodyRows, getByLabelText, getByRole, hasText, queryAllByRole, waitFor } from '../../test/queries.js'
import { renderApp } from '../../test/renderApp.js'

const CSV = 'platform,handle,name,department,kind\nFacebook,@ChaseLeisure,Chase Leisure Centre,Leisure,departmental\n'

const CHANGES = {
  accounts: 3,
  newAccounts: [
    {
      platformLabel: 'Facebook',
      handle: '@ChaseLeisure',
      name: 'Chase Leisure Centre',
      department: 'Leisure',
      kind: 'DEPARTMENTAL',
      owner: 'priya.shah',
      authorisedUsers: ['jo.evans', 'tom.hughes'],
    },
  ],
  changed: [{ platformLabel: 'X (Twitter)', handle: '@CCDC_SBC', name: 'Building Control', what: ['handle', 'name'] }],
  owners: [{ platformLabel: 'X (Twitter)', handle: '@CCDC_SBC', name: 'Building Control', from: null, to: 'tom.hughes' }],
  authorisedUsers: [{ platformLabel: 'X (Twitter)', handle: '@CCDC_SBC', name: 'Building Control', username: 'jo.evans', from: '2024-02-01' }],
  unchanged: 1,
}

const routes = (extra = {}) => ({
  'GET /api/me': { body: COMMS_OFFICER },
  'GET /api/auth/csrf': { status: 204, setCookie: 'XSRF-TOKEN=token' },
  ...extra,
})

/** @param {HTMLElement} root @param {string} caption */
const table = (root, caption) => [...root.querySelectorAll('table')].find((t) => t.querySelector('caption')?.textContent === caption)

describe('RegisterImportView', () => {
  it('shows what the register changes, and applies it only when asked', async () => {
    const { calls } = fakeFetch(
      routes({
        'POST /api/registry/imports': { status: 201, body: { id: 'reg-1', changes: CHANGES } },
        'POST /api/registry/imports/reg-1/apply': { body: CHANGES },
      }),
    )
    const { root } = await renderApp('/registry/import')

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Import the register' }))
    expect(document.title).toBe('Import the register – SocialGov')
    chooseFiles(getByLabelText(root, 'Register'), [new File([CSV], 'register.csv', { type: 'text/csv' })])
    getByRole(root, 'button', { name: 'Check the file' }).click()

    await waitFor(() => getByRole(root, 'heading', { level: 2, name: 'What this file changes' }))
    expect(
      hasText(root, '3 accounts in the file: 1 new account, 1 changed account, 1 new owner, 1 authorised user added, 1 unchanged.'),
    ).toBe(true)
    expect(bodyRows(table(root, 'New accounts'))).toEqual([
      ['Chase Leisure Centre @ChaseLeisure on Facebook', 'Leisure', 'priya.shah', 'jo.evans, tom.hughes'],
    ])
    expect(bodyRows(table(root, 'Changed accounts'))).toEqual([['Building Control @CCDC_SBC on X (Twitter)', 'handle, name']])
    expect(bodyRows(table(root, 'New owners'))).toEqual([['Building Control @CCDC_SBC on X (Twitter)', 'None', 'tom.hughes']])
    expect(bodyRows(table(root, 'Authorised users added'))).toEqual([
      ['Building Control @CCDC_SBC on X (Twitter)', 'jo.evans', '1 February 2024'],
    ])
    const check = calls.find((c) => c.path === '/api/registry/imports')
    expect(check.headers.get('Content-Type')).toBe('text/csv')
    expect(check.body).toBe(CSV)
    expect(calls.some((c) => c.path.endsWith('/apply'))).toBe(false)

    getByRole(root, 'button', { name: 'Apply these changes' }).click()

    const banner = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(banner, 'Register imported')).toBe(true)
    expect(hasText(banner, '1 new account, 1 changed account, 1 new owner, 1 authorised user added. 1 unchanged.')).toBe(true)
    expect(calls.filter((c) => c.path === '/api/registry/imports/reg-1/apply')).toHaveLength(1)
    expect(hasText(root, 'What this file changes')).toBe(false)
  })

  it('lists every bad row with its line, pointing at the file, and changes nothing', async () => {
    const { calls } = fakeFetch(
      routes({
        'POST /api/registry/imports': problem(
          400,
          'Bad Request',
          [
            { field: 'rows[3]', message: 'Line 3: \u201cMySpace\u201d is not a platform the registry knows' },
            { field: 'rows[6]', message: 'Line 6: the owner no.such.owner is not in the organisation directory, or has left' },
          ],
          'The request has problems',
        ),
      }),
    )
    const { root } = await renderApp('/registry/import')

    const input = await waitFor(() => getByLabelText(root, 'Register'))
    chooseFiles(input, [new File([CSV], 'register.csv', { type: 'text/csv' })])
    getByRole(root, 'button', { name: 'Check the file' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(queryAllByRole(summary, 'link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Line 3: \u201cMySpace\u201d is not a platform the registry knows', '#register'],
      ['Line 6: the owner no.such.owner is not in the organisation directory, or has left', '#register'],
    ])
    expect(root.querySelector('#register-error').textContent.replace(/\s+/g, ' ').trim()).toBe(
      'Error: The file has 2 problems: nothing was changed',
    )
    expect(hasText(root, 'Apply these changes')).toBe(false)
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1)
  })

  it('says when the registry moved on since the file was checked', async () => {
    fakeFetch(
      routes({
        'POST /api/registry/imports': { status: 201, body: { id: 'reg-2', changes: CHANGES } },
        'POST /api/registry/imports/reg-2/apply': problem(409, 'Conflict', [], 'The registry has changed since this file was checked'),
      }),
    )
    const { root } = await renderApp('/registry/import')

    chooseFiles(await waitFor(() => getByLabelText(root, 'Register')), [new File([CSV], 'register.csv', { type: 'text/csv' })])
    getByRole(root, 'button', { name: 'Check the file' }).click()
    const apply = await waitFor(() => getByRole(root, 'button', { name: 'Apply these changes' }))
    apply.click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'The registry has changed since this file was checked')).toBe(true)
  })
})

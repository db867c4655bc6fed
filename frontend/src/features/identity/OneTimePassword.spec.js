import { describe, expect, it } from 'vitest'
import { type } from '../../test/actions.js'
import { ADMIN, fakeFetch } from '../../test/fakeFetch.js'
import { getByLabelText, getByRole, hasText, waitFor } from '../../test/queries.js'
import { renderApp } from '../../test/renderApp.js'

describe('a one-time password (create-admin)', () => {
  it('takes the person to change it before any other page, and lets them go on once changed', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    let changed = false
    const { calls } = fakeFetch({
      'GET /api/me': () => ({ body: { ...ADMIN, mustChangePassword: !changed } }),
      'POST /api/me/password': () => {
        changed = true
        return { status: 204 }
      },
      'GET /api/admin/users': { body: { items: [], page: 0, size: 50, total: 0 } },
    })
    const { root, router } = await renderApp('/admin/users')

    await waitFor(() => expect(router.currentRoute.value.name).toBe('change-password'))
    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Change your password' }))
    expect(hasText(root, 'You signed in with a one-time password. Choose your own password to go on.')).toBe(true)
    expect(calls.some((c) => c.path === '/api/admin/users')).toBe(false)

    type(getByLabelText(root, 'Current password'), 'abcd-efgh-jkmn-pqrs')
    type(getByLabelText(root, 'New password'), 'a long council passphrase')
    type(getByLabelText(root, 'Confirm new password'), 'a long council passphrase')
    getByRole(root, 'button', { name: 'Change password' }).click()

    await waitFor(() => expect(hasText(root, 'You signed in with a one-time password.')).toBe(false))
    await router.push('/admin/users')
    await waitFor(() => expect(router.currentRoute.value.path).toBe('/admin/users'))
  })
})

import { describe, expect, it } from 'vitest'
import { type } from '../../test/actions.js'
import { ME, problem } from '../../test/fakeFetch.js'
import { getByLabelText, getByRole, hasText, queryAllByRole, waitFor } from '../../test/queries.js'
import { renderApp } from '../../test/renderApp.js'

/** @param {HTMLElement} root @param {string} current @param {string} next @param {string} confirm */
function fillIn(root, current, next, confirm) {
  type(getByLabelText(root, 'Current password'), current)
  type(getByLabelText(root, 'New password'), next)
  type(getByLabelText(root, 'Confirm new password'), confirm)
  getByRole(root, 'button', { name: 'Change password' }).click()
}

describe('ChangePasswordView', () => {
  it('is linked from the header for everyone signed in', async () => {
    const { root, router } = await renderApp('/tasks', { 'GET /api/me': { body: ME }, 'GET /api/tasks': { body: { items: [], page: 0, size: 50, total: 0 } } })

    getByRole(root, 'link', { name: 'Change your password' }).click()

    await waitFor(() => expect(router.currentRoute.value.path).toBe('/account/password'))
    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Change your password' }))
    expect(document.title).toBe('Change your password – SocialGov')
    const hint = document.getElementById(getByLabelText(root, 'New password').getAttribute('aria-describedby'))
    expect(hint.textContent).toContain('12 to 72 characters')
  })

  it('changes the password and says so', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root, router, calls } = await renderApp('/account/password', { 'GET /api/me': { body: ME }, 'POST /api/me/password': { status: 204 } })

    fillIn(root, 'old-password-1', 'a much longer password', 'a much longer password')

    const banner = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(banner, 'Your password has been changed')).toBe(true)
    const post = calls.find((c) => c.method === 'POST')
    expect(post.path).toBe('/api/me/password')
    expect(post.body).toEqual({ currentPassword: 'old-password-1', newPassword: 'a much longer password' })
    expect(post.headers.get('X-XSRF-TOKEN')).toBe('token')
    expect(getByLabelText(root, 'New password', HTMLInputElement).value).toBe('')
    expect(router.currentRoute.value.path).toBe('/account/password')
  })

  it('says when the new passwords do not match, without sending them', async () => {
    const { root, calls } = await renderApp('/account/password', { 'GET /api/me': { body: ME } })

    fillIn(root, 'old-password-1', 'a much longer password', 'a much longer passwrod')

    const summary = await waitFor(() => getByRole(root, 'alert'))
    const link = getByRole(summary, 'link', { name: 'The passwords do not match' })
    expect(link.getAttribute('href')).toBe('#confirm')
    expect(getByLabelText(root, 'Confirm new password').getAttribute('aria-invalid')).toBe('true')
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
  })

  it("shows the server's errors by the fields", async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root } = await renderApp('/account/password', {
      'GET /api/me': { body: ME },
      'POST /api/me/password': problem(400, 'Bad Request', [
        { field: 'currentPassword', message: 'Your current password is wrong' },
        { field: 'newPassword', message: 'The new password must be at least 12 characters' },
      ]),
    })

    fillIn(root, 'wrong', 'short', 'short')

    const summary = await waitFor(() => getByRole(root, 'alert'))
    const links = queryAllByRole(summary, 'link').map((a) => [a.textContent.trim(), a.getAttribute('href')])
    expect(links).toEqual([
      ['Your current password is wrong', '#currentPassword'],
      ['The new password must be at least 12 characters', '#newPassword'],
    ])
    expect(getByLabelText(root, 'Current password').getAttribute('aria-invalid')).toBe('true')
    expect(getByLabelText(root, 'New password').getAttribute('aria-invalid')).toBe('true')
    expect(hasText(root, 'Your password has been changed')).toBe(false)
    expect(document.title).toBe('Error: Change your password – SocialGov')
  })
})

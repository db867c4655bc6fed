import { describe, expect, it } from 'vitest'
import { type } from '../../test/actions.js'
import { ME, problem } from '../../test/fakeFetch.js'
import { getByLabelText, getByRole, hasText, waitFor } from '../../test/queries.js'
import { renderApp } from '../../test/renderApp.js'

async function fillIn(root, username, password) {
  const user = getByLabelText(root, 'Username')
  const pass = getByLabelText(root, 'Password')
  type(user, username)
  type(pass, password)
  getByRole(root, 'button', { name: 'Sign in' }).click()
}

describe('SignInView', () => {
  it('sends people who are not signed in to the sign-in page', async () => {
    const { router, root } = await renderApp('/', { 'GET /api/me': problem(401, 'Unauthorized') })

    expect(router.currentRoute.value.path).toBe('/sign-in')
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toBe('Sign in')
    expect(document.documentElement.lang === '' || document.documentElement.lang === 'en-GB').toBe(true)
  })

  it('shows the error summary when the username or password is wrong', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root, router, calls } = await renderApp('/sign-in', {
      'GET /api/me': problem(401, 'Unauthorized'),
      'POST /api/auth/login': problem(401, 'Unauthorized'),
    })

    await fillIn(root, 'jsmith', 'wrong')

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(getByRole(summary, 'heading', { name: 'There is a problem' })).toBeTruthy()
    const link = getByRole(summary, 'link', { name: 'Enter a correct username and password' })
    expect(link.getAttribute('href')).toBe('#username')
    expect(document.activeElement).toBe(summary)
    expect(document.title).toBe('Error: Sign in – SocialGov')
    expect(router.currentRoute.value.path).toBe('/sign-in')

    const login = calls.find((c) => c.path === '/api/auth/login')
    expect(login.body).toEqual({ username: 'jsmith', password: 'wrong' })
    expect(login.headers.get('X-XSRF-TOKEN')).toBe('token')
  })

  it('asks for both fields before sending anything', async () => {
    const { root, calls } = await renderApp('/sign-in', { 'GET /api/me': problem(401, 'Unauthorized') })

    await fillIn(root, '', '')

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'Enter your username')).toBe(true)
    expect(hasText(summary, 'Enter your password')).toBe(true)
    expect(getByLabelText(root, 'Username').getAttribute('aria-invalid')).toBe('true')
    expect(calls.some((c) => c.path === '/api/auth/login')).toBe(false)
  })

  it('goes to the task list after signing in, showing who is signed in', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    let signedIn = false
    const { root, router } = await renderApp('/sign-in', {
      'GET /api/me': () => (signedIn ? { body: ME } : problem(401, 'Unauthorized')),
      'POST /api/auth/login': () => {
        signedIn = true
        return { status: 200, body: {} }
      },
      'GET /api/tasks': { body: { items: [], page: 0, size: 50, total: 0 } },
    })

    await fillIn(root, 'jsmith', 'secret')

    await waitFor(() => expect(router.currentRoute.value.path).toBe('/tasks'))
    await waitFor(() => expect(hasText(root, 'You have no tasks')).toBe(true))
    expect(hasText(root, 'Jo Smith')).toBe(true)
    expect(getByRole(root, 'button', { name: 'Sign out' })).toBeTruthy()
  })
})

describe('SignInView when the account is locked', () => {
  /** Nobody is signed in, and signing in is refused with this detail. @param {string} detail */
  const refusedWith = (detail) => ({
    'GET /api/me': problem(401, 'Unauthorized'),
    'POST /api/auth/login': problem(401, 'Unauthorized', undefined, detail),
  })
  const LOCKED =
    'Your account is locked after 5 failed sign-ins. Try again after 05:20, or ask an administrator to unlock it.'

  it("shows the server's reason in the error summary", async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root, router } = await renderApp('/sign-in', refusedWith(LOCKED))

    await fillIn(root, 'jsmith', 'secret-password')

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, LOCKED)).toBe(true)
    expect(hasText(summary, 'Enter a correct username and password')).toBe(false)
    expect(getByLabelText(root, 'Password', HTMLInputElement).value).toBe('')
    expect(router.currentRoute.value.path).toBe('/sign-in')
  })

  it('keeps the usual message when the detail says nothing more', async () => {
    for (const detail of ['Unauthorized', 'Credentials Do Not Match']) {
      document.cookie = 'XSRF-TOKEN=token'
      const { root, wrapper } = await renderApp('/sign-in', refusedWith(detail))

      await fillIn(root, 'jsmith', 'wrong')

      const summary = await waitFor(() => getByRole(root, 'alert'))
      expect(getByRole(summary, 'link', { name: 'Enter a correct username and password' })).toBeTruthy()
      expect(hasText(summary, detail), detail).toBe(false)
      wrapper.unmount()
    }
  })
})

describe('SignInView with council sign-in', () => {
  it('offers the council account when the server says so', async () => {
    const { root } = await renderApp('/sign-in', {
      'GET /api/me': problem(401, 'Unauthorized'),
      'GET /api/auth/options': { body: { councilSignIn: true, councilSignInPath: '/oauth/login/council' } },
    })
    const link = await waitFor(() => getByRole(root, 'link', { name: 'Sign in with your council account' }))
    expect(link.getAttribute('href')).toBe('/oauth/login/council')
  })

  it('offers only the local sign-in otherwise', async () => {
    const { root } = await renderApp('/sign-in', {
      'GET /api/me': problem(401, 'Unauthorized'),
      'GET /api/auth/options': { body: { councilSignIn: false, councilSignInPath: null } },
    })
    await waitFor(() => getByRole(root, 'button', { name: 'Sign in' }))
    expect(root.textContent).not.toContain('Sign in with your council account')
  })
})

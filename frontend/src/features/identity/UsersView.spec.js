import { describe, expect, it } from 'vitest'
import { tick, type } from '../../test/actions.js'
import { ADMIN, badRequest, fakeFetch, listPage, problem, STAFF } from '../../test/fakeFetch.js'
import { getByLabelText, getByRole, hasText, queryAllByRole, waitFor } from '../../test/queries.js'
import { renderApp } from '../../test/renderApp.js'

const USERS = [
  {
    username: 'priya.shah',
    displayName: 'Priya Shah',
    email: 'priya.shah@anytown.gov.uk',
    enabled: true,
    locked: false,
    groups: ['staff', 'service-managers'],
  },
  {
    username: 'tom.hughes',
    displayName: 'Tom Hughes',
    email: 'tom.hughes@anytown.gov.uk',
    enabled: true,
    locked: true,
    groups: ['staff'],
  },
  { username: 'old.account', displayName: 'Old Account', email: 'old@anytown.gov.uk', enabled: false, locked: false, groups: [] },
]

const NONE_WAITING = { 'GET /api/admin/group-grants': { body: { items: [] } } }

const WAITING = {
  id: '0b5d1c52-0a57-4a35-9c1e-6f0e5e6f7a01',
  username: 'hana.adviser',
  displayName: 'Hana Adviser',
  group: 'hr',
  requestedBy: 'dee.admin',
  requestedAt: '2026-03-02T10:15:00Z',
  decidedBy: null,
  decidedAt: null,
  outcome: null,
  reason: null,
}

describe('UsersView', () => {
  it('lists the users with their groups and status', async () => {
    const { root, calls } = await renderApp('/admin/users', { 'GET /api/me': { body: ADMIN }, 'GET /api/admin/users': listPage(USERS, { total: 123 }), ...NONE_WAITING })

    await waitFor(() => getByRole(root, 'table'))
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toBe('Users')
    expect(calls.find((c) => c.path === '/api/admin/users').search).toBe('?page=0&size=50')

    const rows = queryAllByRole(root, 'row').slice(1)
    expect(rows).toHaveLength(3)
    const [priya, tom, old] = rows
    for (const text of ['Priya Shah', 'priya.shah', 'priya.shah@anytown.gov.uk', 'Staff, Service managers', 'Active']) {
      expect(hasText(priya, text), text).toBe(true)
    }
    expect(getByRole(priya, 'link', { name: 'Change Priya Shah' }).getAttribute('href')).toBe('/admin/users/priya.shah')
    expect(hasText(tom, 'Locked')).toBe(true)
    expect(hasText(old, 'Disabled')).toBe(true)

    expect(hasText(root, 'Showing 1 to 3 of 123')).toBe(true)
    expect(getByRole(root, 'link', { name: 'Next page' }).getAttribute('href')).toBe('/admin/users?page=2')
    expect(getByRole(root, 'link', { name: 'Add a user' }).getAttribute('href')).toBe('/admin/users/new')
  })

  it('adds a user with the groups ticked and goes back to the list', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    let added = false
    const created = {
      username: 'sam.patel',
      displayName: 'Sam Patel',
      email: 'sam.patel@anytown.gov.uk',
      enabled: true,
      locked: false,
      groups: ['staff', 'comms'],
    }
    const { root, router, calls } = await renderApp('/admin/users', {
      'GET /api/me': { body: ADMIN },
      'GET /api/admin/users': () => listPage(added ? [...USERS, created] : USERS),
      ...NONE_WAITING,
      'POST /api/admin/users': () => {
        added = true
        return { status: 201, body: created }
      },
    })

    ;(await waitFor(() => getByRole(root, 'link', { name: 'Add a user' }))).click()
    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Add a user' }))

    type(getByLabelText(root, 'Username'), ' sam.patel ')
    type(getByLabelText(root, 'Full name'), 'Sam Patel')
    type(getByLabelText(root, 'Email address (optional)'), 'sam.patel@anytown.gov.uk')
    type(getByLabelText(root, 'Temporary password'), 'correct horse battery')
    expect(getByRole(root, 'group', { name: 'Groups' })).toBeTruthy()
    tick(getByLabelText(root, 'Communications team'))
    tick(getByLabelText(root, 'Staff'))
    getByRole(root, 'button', { name: 'Add user' }).click()

    await waitFor(() => expect(router.currentRoute.value.path).toBe('/admin/users'))
    const post = calls.find((c) => c.method === 'POST')
    expect(post.path).toBe('/api/admin/users')
    expect(post.body).toEqual({
      username: 'sam.patel',
      displayName: 'Sam Patel',
      email: 'sam.patel@anytown.gov.uk',
      password: 'correct horse battery',
      groups: ['staff', 'comms'],
    })
    expect(post.headers.get('X-XSRF-TOKEN')).toBe('token')
    await waitFor(() => expect(hasText(root, 'User sam.patel added')).toBe(true))
    await waitFor(() => expect(hasText(root, 'Sam Patel')).toBe(true))
  })

  it("shows the server's errors by the fields when adding a user", async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root, router, calls } = await renderApp('/admin/users/new', {
      'GET /api/me': { body: ADMIN },
      'POST /api/admin/users': problem(400, 'Bad Request', [
        { field: 'username', message: 'There is already a user called priya.shah' },
        { field: 'password', message: 'The temporary password must be at least 12 characters' },
        { field: 'groups', message: 'Select at least one group' },
      ]),
    })

    type(getByLabelText(root, 'Username'), 'priya.shah')
    type(getByLabelText(root, 'Temporary password'), 'short')
    getByRole(root, 'button', { name: 'Add user' }).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    const links = queryAllByRole(summary, 'link').map((a) => [a.textContent.trim(), a.getAttribute('href')])
    expect(links).toEqual([
      ['There is already a user called priya.shah', '#username'],
      ['The temporary password must be at least 12 characters', '#password'],
      ['Select at least one group', '#groups'],
    ])
    // The link to the groups lands on the first checkbox, inside the fieldset that shows the message.
    const first = document.getElementById('groups')
    expect(first.getAttribute('type')).toBe('checkbox')
    const groups = getByRole(root, 'group', { name: 'Groups' })
    expect(groups.contains(first)).toBe(true)
    expect(groups.getAttribute('aria-describedby')).toContain('groups-error')
    expect(hasText(groups, 'Select at least one group')).toBe(true)
    expect(getByLabelText(root, 'Username').getAttribute('aria-invalid')).toBe('true')

    const sent = calls.find((c) => c.method === 'POST').body
    expect(sent.groups).toEqual([])
    expect(sent.email).toBeNull()
    expect(router.currentRoute.value.path).toBe('/admin/users/new')
    expect(document.title).toBe('Error: Add a user – SocialGov')
  })

  it('changes a user, keeping groups this page does not know', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const user = { ...USERS[0], groups: ['staff', 'reviewers'] }
    const { root, router, calls } = await renderApp('/admin/users/priya.shah', {
      'GET /api/me': { body: ADMIN },
      'GET /api/admin/users/priya.shah': { body: user },
      'PUT /api/admin/users/priya.shah': ({ body }) => ({ body: { ...user, ...body } }),
      'GET /api/admin/users': listPage(USERS),
      ...NONE_WAITING,
    })

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Priya Shah' }))
    expect(document.title).toBe('Change Priya Shah – SocialGov')
    expect(getByLabelText(root, 'Full name', HTMLInputElement).value).toBe('Priya Shah')
    expect(getByLabelText(root, 'Can sign in', HTMLInputElement).checked).toBe(true)
    expect(getByLabelText(root, 'Staff', HTMLInputElement).checked).toBe(true)
    expect(getByLabelText(root, 'reviewers', HTMLInputElement).checked).toBe(true)
    expect(queryAllByRole(root, 'button', { name: 'Unlock' })).toHaveLength(0)

    type(getByLabelText(root, 'Email address (optional)'), 'p.shah@anytown.gov.uk')
    tick(getByLabelText(root, 'Can sign in'), false)
    tick(getByLabelText(root, 'Internal audit'))
    getByRole(root, 'button', { name: 'Save changes' }).click()

    await waitFor(() => expect(router.currentRoute.value.path).toBe('/admin/users'))
    const put = calls.find((c) => c.method === 'PUT')
    expect(put.path).toBe('/api/admin/users/priya.shah')
    expect(put.body).toEqual({
      displayName: 'Priya Shah',
      email: 'p.shah@anytown.gov.uk',
      enabled: false,
      groups: ['staff', 'auditors', 'reviewers'],
    })
    await waitFor(() => expect(hasText(root, 'User priya.shah changed')).toBe(true))
  })

  it('unlocks a locked account', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root, calls } = await renderApp('/admin/users/tom.hughes', {
      'GET /api/me': { body: ADMIN },
      'GET /api/admin/users/tom.hughes': { body: USERS[1] },
      'POST /api/admin/users/tom.hughes/unlock': { status: 204 },
    })

    await waitFor(() => expect(hasText(root, 'This account is locked after failed sign-ins')).toBe(true))
    getByRole(root, 'button', { name: 'Unlock' }).click()

    const banner = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(banner, 'The account for tom.hughes has been unlocked')).toBe(true)
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/api/admin/users/tom.hughes/unlock'])
    expect(hasText(root, 'This account is locked after failed sign-ins')).toBe(false)
    expect(queryAllByRole(root, 'button', { name: 'Unlock' })).toHaveLength(0)
  })

  it('lists groups waiting for a second administrator and approves one', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    let decided = false
    const { root, calls } = await renderApp('/admin/users', {
      'GET /api/me': { body: ADMIN },
      'GET /api/admin/users': listPage(USERS),
      'GET /api/admin/group-grants': () => ({ body: { items: decided ? [] : [WAITING] } }),
      [`POST /api/admin/group-grants/${WAITING.id}/approval`]: () => {
        decided = true
        return { body: { ...WAITING, outcome: 'APPROVED', decidedBy: 'chris.lee' } }
      },
    })

    const waiting = await waitFor(() => getByRole(root, 'table', { name: 'Groups waiting for a second administrator' }))
    const [row] = queryAllByRole(waiting, 'row').slice(1)
    for (const text of ['Hana Adviser', 'hana.adviser', 'HR', 'dee.admin']) {
      expect(hasText(row, text), text).toBe(true)
    }
    getByRole(row, 'button', { name: 'Approve HR for Hana Adviser' }).click()

    await waitFor(() => expect(hasText(root, 'Hana Adviser is now in HR')).toBe(true))
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([`/api/admin/group-grants/${WAITING.id}/approval`])
    expect(calls.find((c) => c.method === 'POST').headers.get('X-XSRF-TOKEN')).toBe('token')
    await waitFor(() => expect(queryAllByRole(root, 'table', { name: 'Groups waiting for a second administrator' })).toHaveLength(0))
  })

  it('turns a waiting group down with a reason', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root, calls } = await renderApp('/admin/users', {
      'GET /api/me': { body: ADMIN },
      'GET /api/admin/users': listPage(USERS),
      'GET /api/admin/group-grants': { body: { items: [WAITING] } },
      [`POST /api/admin/group-grants/${WAITING.id}/refusal`]: ({ body }) =>
        body.reason
          ? { body: { ...WAITING, outcome: 'REFUSED', decidedBy: 'chris.lee', reason: body.reason } }
          : badRequest('reason', 'Enter why you are turning this down'),
    })

    ;(await waitFor(() => getByRole(root, 'button', { name: 'Turn down HR for Hana Adviser' }))).click()
    await waitFor(() => getByRole(root, 'heading', { level: 2, name: 'Turn down HR for Hana Adviser' }))
    getByRole(root, 'button', { name: 'Turn down' }).click()
    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'Enter why you are turning this down')).toBe(true)
    expect(getByLabelText(root, 'Why are you turning this down?').getAttribute('aria-invalid')).toBe('true')

    type(getByLabelText(root, 'Why are you turning this down?'), 'Not part of HR')
    getByRole(root, 'button', { name: 'Turn down' }).click()

    await waitFor(() => expect(hasText(root, 'HR for Hana Adviser turned down')).toBe(true))
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([{ reason: '' }, { reason: 'Not part of HR' }])
  })

  it("shows why a group cannot be approved by the administrator who asked for it", async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root } = await renderApp('/admin/users', {
      'GET /api/me': { body: ADMIN },
      'GET /api/admin/users': listPage(USERS),
      'GET /api/admin/group-grants': { body: { items: [{ ...WAITING, requestedBy: 'chris.lee' }] } },
      [`POST /api/admin/group-grants/${WAITING.id}/approval`]: problem(403, 'Forbidden', undefined,
        'You asked for this, so another administrator must approve it'),
    })

    ;(await waitFor(() => getByRole(root, 'button', { name: 'Approve HR for Hana Adviser' }))).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'You asked for this, so another administrator must approve it')).toBe(true)
  })

  it("shows a person's groups waiting for a second administrator", async () => {
    const { root } = await renderApp('/admin/users/hana.adviser', {
      'GET /api/me': { body: ADMIN },
      'GET /api/admin/users/hana.adviser': {
        body: { ...USERS[0], username: 'hana.adviser', displayName: 'Hana Adviser', groups: ['staff'], pendingGroups: ['hr'] },
      },
    })

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Hana Adviser' }))
    expect(hasText(root, 'Waiting for a second administrator')).toBe(true)
    expect(hasText(root, 'HR')).toBe(true)
    expect(getByLabelText(root, 'HR', HTMLInputElement).checked).toBe(false)
  })

  it('says when the user does not exist', async () => {
    const { root } = await renderApp('/admin/users/nobody', { 'GET /api/me': { body: ADMIN } })
    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'User not found' }))
  })

  it('is not shown to people who are not administrators', async () => {
    const { calls } = fakeFetch({ 'GET /api/me': { body: STAFF } })
    for (const path of ['/admin/users', '/admin/users/new', '/admin/users/priya.shah']) {
      const { root, router, wrapper } = await renderApp(path)

      await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'You do not have permission to see this page' }))
      expect(router.currentRoute.value.path).toBe(path)
      expect(document.title).toBe('You do not have permission to see this page – SocialGov')
      wrapper.unmount()
    }
    expect(calls.filter((c) => c.path.startsWith('/api/admin'))).toHaveLength(0)
  })
})

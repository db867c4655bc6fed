import { describe, expect, it } from 'vitest'
import {
  ADMIN,
  AUDITOR,
  COMMS_OFFICER,
  COUNCILLOR,
  HR_OFFICER,
  INFORMATION_MANAGER,
  MONITORING_OFFICER,
  STAFF,
} from '../test/fakeFetch.js'
import { getByRole, queryAllByRole, waitFor } from '../test/queries.js'
import { renderApp } from '../test/renderApp.js'

const NO_TASKS = { body: { items: [], page: 0, size: 50, total: 0 } }

/** @param {any} user */
async function navLinks(user) {
  const { root, wrapper } = await renderApp('/tasks', { 'GET /api/me': { body: user }, 'GET /api/tasks': NO_TASKS })
  const nav = await waitFor(() => getByRole(root, 'navigation', { name: 'Main' }))
  const links = queryAllByRole(nav, 'link').map((a) => a.textContent.trim())
  const header = /** @type {HTMLElement} */ (root.querySelector('header'))
  const passwordLinks = queryAllByRole(header, 'link', { name: 'Change your password' })
  const outOfOfficeLinks = queryAllByRole(header, 'link', { name: 'Out of office' })
  const messagesLinks = queryAllByRole(header, 'link', { name: 'Your messages' })
  const accountLinks = queryAllByRole(/** @type {HTMLElement} */ (header.querySelector('.header__account')), 'link').map(
    (a) => a.textContent.trim(),
  )
  wrapper.unmount()
  return { links, passwordLinks, outOfOfficeLinks, messagesLinks, accountLinks }
}

/** Where the main navigation's link of that name goes, for that person. @param {any} user @param {string} name */
async function navHref(user, name) {
  const { root, wrapper } = await renderApp('/tasks', { 'GET /api/me': { body: user }, 'GET /api/tasks': NO_TASKS })
  const nav = await waitFor(() => getByRole(root, 'navigation', { name: 'Main' }))
  const href = getByRole(nav, 'link', { name }).getAttribute('href')
  wrapper.unmount()
  return href
}

describe('AppHeader', () => {
  it('shows staff only the pages for everyone', async () => {
    const { links, passwordLinks, outOfOfficeLinks, messagesLinks, accountLinks } = await navLinks(STAFF)
    expect(links).toEqual(['Tasks', 'Account requests', 'Accounts', 'Access', 'Report a breach', 'Start something new'])
    expect(links).not.toContain('Dashboard')
    expect(links).not.toContain('Emergency')
    expect(links).not.toContain('Certification')
    expect(links).not.toContain('Users')
    expect(links).not.toContain('Audit trail')
    expect(links).not.toContain('Operations')
    expect(links).not.toContain('Outbox')
    expect(links).not.toContain('Investigations')
    expect(links).not.toContain('Retention')
    expect(accountLinks).toEqual(['Your messages', 'Out of office', 'Change your password'])
    expect(messagesLinks).toHaveLength(1)
    expect(messagesLinks[0].getAttribute('href')).toBe('/account/messages')
    expect(passwordLinks).toHaveLength(1)
    expect(passwordLinks[0].getAttribute('href')).toBe('/account/password')
    expect(outOfOfficeLinks).toHaveLength(1)
    expect(outOfOfficeLinks[0].getAttribute('href')).toBe('/account/substitutes')
  })

  it('links everyone to the register of social media accounts', async () => {
    expect(await navHref(STAFF, 'Accounts')).toBe('/registry')
  })

  it('links everyone to temporary access to corporate accounts', async () => {
    for (const user of [STAFF, COMMS_OFFICER, AUDITOR, ADMIN]) {
      expect(await navHref(user, 'Access'), user.username).toBe('/access')
    }
  })

  it('shows administrators the users, the audit trail and the outbox', async () => {
    const { links, outOfOfficeLinks, messagesLinks } = await navLinks(ADMIN)
    expect(outOfOfficeLinks).toHaveLength(1)
    expect(messagesLinks).toHaveLength(1)
    expect(links).toEqual([
      'Tasks',
      'Account requests',
      'Accounts',
      'Access',
      'Report a breach',
      'Start something new',
      'Users',
      'Directory',
      'Audit trail',
      'Operations',
      'Outbox',
    ])
  })

  it('shows internal audit the audit trail but not the users', async () => {
    const { links, messagesLinks } = await navLinks(AUDITOR)
    expect(links).toEqual([
      'Tasks',
      'Account requests',
      'Accounts',
      'Access',
      'Report a breach',
      'Dashboard',
      'Emergency',
      'Certification',
      'Start something new',
      'Audit trail',
    ])
    expect(messagesLinks).toHaveLength(1)
  })

  it('links the communications team and internal audit to the dashboard', async () => {
    expect((await navLinks(COMMS_OFFICER)).links).toEqual([
      'Tasks',
      'Account requests',
      'Accounts',
      'Access',
      'Report a breach',
      'Dashboard',
      'Emergency',
      'Certification',
      'Start something new',
    ])
    for (const user of [COMMS_OFFICER, AUDITOR]) {
      expect(await navHref(user, 'Dashboard')).toBe('/dashboard')
    }
  })

  it('links only the communications team and internal audit to emergency procedures', async () => {
    for (const user of [COMMS_OFFICER, AUDITOR]) {
      expect(await navHref(user, 'Emergency'), user.username).toBe('/emergency')
    }
    for (const user of [STAFF, ADMIN]) {
      expect((await navLinks(user)).links, user.username).not.toContain('Emergency')
    }
  })

  it('links only the communications team and internal audit to certification of authorised users', async () => {
    for (const user of [COMMS_OFFICER, AUDITOR]) {
      expect(await navHref(user, 'Certification'), user.username).toBe('/certifications')
    }
    for (const user of [STAFF, ADMIN]) {
      expect((await navLinks(user)).links, user.username).not.toContain('Certification')
    }
  })

  it('links everyone to the form for reporting a suspected breach of the policy', async () => {
    for (const user of [STAFF, COMMS_OFFICER, AUDITOR, ADMIN, HR_OFFICER]) {
      expect(await navHref(user, 'Report a breach'), user.username).toBe('/report-breach')
    }
  })

  it('links only HR and the Monitoring Officer to investigations', async () => {
    expect((await navLinks(HR_OFFICER)).links).toEqual([
      'Tasks',
      'Account requests',
      'Accounts',
      'Access',
      'Report a breach',
      'Investigations',
      'Start something new',
    ])
    for (const user of [HR_OFFICER, MONITORING_OFFICER]) {
      expect(await navHref(user, 'Investigations'), user.username).toBe('/investigations')
    }
    for (const user of [STAFF, COMMS_OFFICER, AUDITOR, ADMIN, INFORMATION_MANAGER]) {
      expect((await navLinks(user)).links, user.username).not.toContain('Investigations')
    }
  })

  it('links councillors and the Monitoring Officer to reporting harassment and to the reports', async () => {
    expect((await navLinks(COUNCILLOR)).links).toEqual([
      'Tasks',
      'Account requests',
      'Accounts',
      'Access',
      'Report a breach',
      'Report harassment',
      'Harassment reports',
      'Start something new',
    ])
    expect((await navLinks(MONITORING_OFFICER)).links).toEqual([
      'Tasks',
      'Account requests',
      'Accounts',
      'Access',
      'Report a breach',
      'Report harassment',
      'Harassment reports',
      'Investigations',
      'Start something new',
    ])
    for (const user of [COUNCILLOR, MONITORING_OFFICER]) {
      expect(await navHref(user, 'Report harassment'), user.username).toBe('/harassment/new')
      expect(await navHref(user, 'Harassment reports'), user.username).toBe('/harassment')
    }
    for (const user of [STAFF, COMMS_OFFICER, AUDITOR, ADMIN, HR_OFFICER, INFORMATION_MANAGER]) {
      const { links } = await navLinks(user)
      expect(links, user.username).not.toContain('Report harassment')
      expect(links, user.username).not.toContain('Harassment reports')
    }
  })

  it('links only the Information Manager to the retention schedule and subject access requests', async () => {
    expect((await navLinks(INFORMATION_MANAGER)).links).toEqual([
      'Tasks',
      'Account requests',
      'Accounts',
      'Access',
      'Report a breach',
      'Retention',
      'Subject access',
      'Start something new',
    ])
    for (const user of [STAFF, COMMS_OFFICER, AUDITOR, ADMIN, HR_OFFICER, MONITORING_OFFICER]) {
      expect((await navLinks(user)).links, user.username).not.toContain('Retention')
      expect((await navLinks(user)).links, user.username).not.toContain('Subject access')
    }
  })
})

import { afterEach, describe, expect, it, vi } from 'vitest'
import { badRequest, listPage, ME } from '../../test/fakeFetch.js'
import { getByLabelText, getByRole, hasText, queryAllByRole, waitFor } from '../../test/queries.js'
import { expectTitled } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'

const OFFERED = {
  id: 'n3',
  kind: 'TASK_OFFERED',
  subject: 'New task for the Communications team: AR-2026-0001',
  text: 'A new account request is waiting for review.\nOpen it in SocialGov.',
  link: 'https://socialgov.example/tasks/abc',
  createdAt: '2026-11-27T14:05:00Z',
  status: 'SENT',
  sentAt: '2026-11-27T14:06:00Z',
}
const DECISION = {
  id: 'n2',
  kind: 'DECISION',
  subject: 'Your request AR-2026-0002 has been approved',
  text: 'Anytown Libraries on Facebook has been approved.',
  link: 'https://socialgov.example/requests/r-2?from=email',
  createdAt: '2026-11-26T09:00:00Z',
  status: 'HELD',
  sentAt: null,
}
const REMINDER = {
  id: 'n1',
  kind: 'TASK_REMINDER',
  subject: 'Reminder: Review account request',
  text: 'This task is due tomorrow.',
  link: null,
  createdAt: '2026-11-25T08:00:00Z',
  status: 'NOT_EMAILED',
  sentAt: null,
}
const MORE = [
  { ...REMINDER, id: 'n0a', subject: 'Waiting one', status: 'PENDING' },
  { ...REMINDER, id: 'n0b', subject: 'In a digest', status: 'IN_DIGEST' },
]

const SETTINGS = { dailyDigest: false, email: 'jo.smith@anytown.gov.uk', emailEnabled: true }

/** @param {HTMLElement} root */
const messages = (root) => [...root.querySelectorAll('.messages__item')].map((el) => /** @type {HTMLElement} */ (el))

describe('MessagesView', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('lists my messages, newest first, with what happened to each in plain words', async () => {
    const { root, calls } = await renderApp('/account/messages', {
      'GET /api/me': { body: ME },
      'GET /api/me/notifications': listPage([OFFERED, DECISION, REMINDER, ...MORE], { size: 20, total: 45 }),
      'GET /api/me/notification-settings': { body: SETTINGS },
    })

    await waitFor(() => expect(messages(root)).toHaveLength(5))
    expectTitled(root, 'Your messages')
    expect(calls.find((c) => c.path === '/api/me/notifications').search).toBe('?page=0&size=20')

    const [offered, decision, reminder, waiting, digest] = messages(root)
    expect(getByRole(offered, 'heading', { level: 2 }).textContent).toBe(OFFERED.subject)
    expect(hasText(offered, '27 November 2026 at 14:05')).toBe(true)
    expect(hasText(offered, 'Emailed at 14:06')).toBe(true)
    expect(hasText(decision, '26 November 2026 at 09:00')).toBe(true)
    expect(hasText(decision, 'Held for your daily digest')).toBe(true)
    expect(hasText(reminder, 'Not emailed: shown here only')).toBe(true)
    expect(hasText(waiting, 'Waiting to be emailed')).toBe(true)
    expect(hasText(digest, 'Sent in your daily digest')).toBe(true)

    // The text is there on request, its line breaks kept.
    const details = /** @type {HTMLDetailsElement} */ (offered.querySelector('details'))
    expect(details.open).toBe(false)
    expect(details.querySelector('summary').textContent.trim()).toBe('Show the message')
    const text = /** @type {HTMLElement} */ (details.querySelector('.pre-line'))
    expect(text.textContent).toBe(OFFERED.text)

    expect(hasText(root, 'Showing 1 to 5 of 45')).toBe(true)
    expect(getByRole(root, 'link', { name: 'Next page' }).getAttribute('href')).toBe('/account/messages?page=2')
  })

  it('links to the task or the request inside the app, not to the address in the email', async () => {
    const { root, router } = await renderApp('/account/messages', {
      'GET /api/me': { body: ME },
      'GET /api/me/notifications': listPage([OFFERED, DECISION, REMINDER], { size: 20 }),
      'GET /api/me/notification-settings': { body: SETTINGS },
    })

    await waitFor(() => expect(messages(root)).toHaveLength(3))
    const [offered, decision, reminder] = messages(root)
    const open = getByRole(offered, 'link', { name: `Open the task: ${OFFERED.subject}` })
    expect(open.getAttribute('href')).toBe('/tasks/abc')
    expect(getByRole(decision, 'link', { name: `View your request: ${DECISION.subject}` }).getAttribute('href')).toBe(
      '/requests/r-2?from=email',
    )
    expect(queryAllByRole(reminder, 'link')).toHaveLength(0)

    open.click()
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/tasks/abc'))
  })

  it('says when there are no messages, and how emails are sent', async () => {
    const { root } = await renderApp('/account/messages', {
      'GET /api/me': { body: ME },
      'GET /api/me/notifications': listPage([], { size: 20 }),
      'GET /api/me/notification-settings': { body: SETTINGS },
    })

    await waitFor(() => expect(hasText(root, 'You have no messages yet.')).toBe(true))
    await waitFor(() => expect(hasText(root, 'Emails go to jo.smith@anytown.gov.uk.')).toBe(true))
    expect(getByRole(root, 'heading', { level: 2, name: 'How you get emails' })).toBeTruthy()
    expect(hasText(root, 'Email is switched off')).toBe(false)
    expect(queryAllByRole(root, 'navigation', { name: 'Pages' })).toHaveLength(0)
    expect(getByRole(root, 'group', { name: 'How often do you want emails?' })).toBeTruthy()
    expect(getByLabelText(root, 'Each one as it happens', HTMLInputElement).checked).toBe(true)
    expect(
      getByLabelText(root, 'One email each morning with everything from the day before (daily digest)', HTMLInputElement).checked,
    ).toBe(false)
  })

  it('says when email is switched off or there is no address', async () => {
    const { root } = await renderApp('/account/messages', {
      'GET /api/me': { body: ME },
      'GET /api/me/notifications': listPage([REMINDER], { size: 20 }),
      'GET /api/me/notification-settings': { body: { dailyDigest: true, email: null, emailEnabled: false } },
    })

    await waitFor(() =>
      expect(hasText(root, 'We do not have an email address for you. Ask an administrator to add one.')).toBe(true),
    )
    const inset = /** @type {HTMLElement} */ (root.querySelector('.inset-text'))
    expect(hasText(inset, 'Email is switched off in this installation, so messages are only shown on this page.')).toBe(
      true,
    )
    expect(hasText(root, 'Emails go to')).toBe(false)
    expect(
      getByLabelText(root, 'One email each morning with everything from the day before (daily digest)', HTMLInputElement).checked,
    ).toBe(true)
  })

  it('saves the choice of a daily digest', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root, calls } = await renderApp('/account/messages', {
      'GET /api/me': { body: ME },
      'GET /api/me/notifications': listPage([OFFERED], { size: 20 }),
      'GET /api/me/notification-settings': { body: SETTINGS },
      'PUT /api/me/notification-settings': ({ body }) => ({ body: { ...SETTINGS, ...body } }),
    })

    const digest = await waitFor(() =>
      getByLabelText(root, 'One email each morning with everything from the day before (daily digest)'),
    )
    digest.click()
    getByRole(root, 'button', { name: 'Save' }).click()

    const banner = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(banner, 'Your email settings have been saved')).toBe(true)
    await waitFor(() => expect(document.activeElement).toBe(banner))
    const put = calls.find((c) => c.method === 'PUT')
    expect(put.path).toBe('/api/me/notification-settings')
    expect(put.body).toEqual({ dailyDigest: true })
    expect(put.headers.get('X-XSRF-TOKEN')).toBe('token')
    expect(getByLabelText(root, 'One email each morning with everything from the day before (daily digest)', HTMLInputElement).checked).toBe(
      true,
    )

    getByLabelText(root, 'Each one as it happens').click()
    getByRole(root, 'button', { name: 'Save' }).click()
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2))
    expect(calls.filter((c) => c.method === 'PUT')[1].body).toEqual({ dailyDigest: false })
    await waitFor(() => expect(hasText(getByRole(root, 'alert'), 'Your email settings have been saved')).toBe(true))
  })

  it("shows the server's problem by the choice and in the error summary", async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root } = await renderApp('/account/messages', {
      'GET /api/me': { body: ME },
      'GET /api/me/notifications': listPage([OFFERED], { size: 20 }),
      'GET /api/me/notification-settings': { body: SETTINGS },
      'PUT /api/me/notification-settings': badRequest('dailyDigest', 'Select how often you want emails'),
    })

    ;(await waitFor(() => getByRole(root, 'button', { name: 'Save' }))).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'There is a problem')).toBe(true)
    expect(getByRole(summary, 'link', { name: 'Select how often you want emails' }).getAttribute('href')).toBe(
      '#dailyDigest',
    )
    const group = getByRole(root, 'group', { name: 'How often do you want emails?' })
    expect(group.contains(document.getElementById('dailyDigest'))).toBe(true)
    expect(group.getAttribute('aria-describedby')).toBe('dailyDigest-error')
    expect(hasText(group, 'Error: Select how often you want emails')).toBe(true)
    expect(hasText(root, 'Your email settings have been saved')).toBe(false)
    expect(document.title).toBe('Error: Your messages – SocialGov')
  })

  it('checks for new messages every 15 seconds until the page is left', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    let items = [DECISION]
    const { root, router, calls } = await renderApp('/account/messages', {
      'GET /api/me': { body: ME },
      'GET /api/me/notifications': () => listPage(items, { size: 20 }),
      'GET /api/me/notification-settings': { body: SETTINGS },
      'GET /api/me/substitutes': { body: { mine: [], coveringFor: [] } },
    })
    await waitFor(() => expect(messages(root)).toHaveLength(1))
    const lists = () => calls.filter((c) => c.path === '/api/me/notifications').length
    expect(lists()).toBe(1)
    // This page's own timer, and the emergency banner's (on every page).
    expect(vi.getTimerCount()).toBe(2)

    items = [OFFERED, DECISION]
    vi.advanceTimersByTime(15_000)
    await waitFor(() => expect(messages(root)).toHaveLength(2))
    expect(lists()).toBe(2)
    expect(getByRole(messages(root)[0], 'heading').textContent).toBe(OFFERED.subject)
    expect(hasText(root, '1 new message')).toBe(true)

    await router.push('/account/substitutes')
    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Out of office' }))
    expect(vi.getTimerCount()).toBe(1)
    vi.advanceTimersByTime(60_000)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(lists()).toBe(2)
  })
})

import { describe, expect, it, vi } from 'vitest'
import { tick, type, typeInto } from '../../test/actions.js'
import { listPage, ME, problem } from '../../test/fakeFetch.js'
import { getByLabelText, getByRole, hasText, queryAllByRole, waitFor } from '../../test/queries.js'
import { errorSummaryLink } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'

const TASKS = [
  {
    id: 'task-1',
    name: 'Review account request',
    taskDefinitionKey: 'UserTask_ReviewRequest',
    processDefinitionKey: 'Process_AccountRequest',
    caseId: 'req-1',
    caseReference: 'AR-2026-0001',
    caseTitle: 'Anytown Libraries',
    created: '2026-11-27T14:05:00Z',
    due: '2026-12-04T17:00:00Z',
    assignee: null,
    candidateGroups: ['reviewers'],
  },
  {
    id: 'task-2',
    name: 'Review account request',
    taskDefinitionKey: 'UserTask_ReviewRequest',
    processDefinitionKey: 'Process_AccountRequest',
    caseId: 'req-2',
    caseReference: 'AR-2026-0002',
    caseTitle: 'Parks',
    created: '2026-07-01T23:30:00Z',
    due: null,
    assignee: 'jsmith',
    candidateGroups: ['reviewers'],
  },
]

const COMMS_OFFICER = { username: 'jsmith', displayName: 'Jo Smith', groups: ['staff', 'comms'] }

const FILTERS = [
  {
    id: 'f-1',
    name: 'Overdue reviews',
    criteria: { view: 'group', name: 'Review', overdue: 'true', sort: 'priority', order: 'desc' },
    sharedWithGroup: null,
    owner: 'jsmith',
    ownerName: 'Jo Smith',
    mine: true,
  },
  {
    id: 'f-2',
    name: 'Comms closures',
    criteria: { processKey: 'closure', candidateGroup: 'comms', dueFrom: null },
    sharedWithGroup: 'comms',
    owner: 'sam.jones',
    ownerName: 'Sam Jones',
    mine: false,
  },
]

describe('TasksView', () => {
  it('lists the tasks', async () => {
    const { root } = await renderApp('/tasks', { 'GET /api/me': { body: ME }, 'GET /api/tasks': listPage(TASKS) })

    await waitFor(() => getByRole(root, 'table'))
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toBe('Your tasks')

    const rows = queryAllByRole(root, 'row').slice(1)
    expect(rows).toHaveLength(2)

    const [first, second] = rows
    expect(getByRole(first, 'link', { name: 'Review account request' }).getAttribute('href')).toBe('/tasks/task-1')
    expect(getByRole(first, 'link', { name: 'AR-2026-0001' }).getAttribute('href')).toBe('/requests/req-1')
    expect(hasText(first, '27 November 2026 at 14:05')).toBe(true)
    expect(hasText(first, '4 December 2026')).toBe(true)
    expect(hasText(first, 'Unassigned')).toBe(true)
    expect(getByRole(first, 'button', { name: 'Claim Review account request AR-2026-0001' })).toBeTruthy()

    expect(hasText(second, '2 July 2026 at 00:30')).toBe(true)
    expect(hasText(second, 'No due date')).toBe(true)
    expect(hasText(second, 'jsmith')).toBe(true)
    expect(getByRole(second, 'button', { name: /^Unclaim/ })).toBeTruthy()
  })

  it('says when there are no tasks', async () => {
    const { root } = await renderApp('/tasks', { 'GET /api/me': { body: ME }, 'GET /api/tasks': listPage([]) })

    await waitFor(() => expect(hasText(root, 'You have no tasks')).toBe(true))
    expect(queryAllByRole(root, 'table')).toHaveLength(0)
  })

  it('claims a task and shows it as mine', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    let claimed = false
    const { root, calls } = await renderApp('/tasks', {
      'GET /api/me': { body: ME },
      'GET /api/tasks': () => listPage([{ ...TASKS[0], assignee: claimed ? 'jsmith' : null }]),
      'POST /api/tasks/task-1/claim': () => {
        claimed = true
        return { status: 204 }
      },
    })

    const claim = await waitFor(() => getByRole(root, 'button', { name: /^Claim Review/ }))
    claim.click()

    await waitFor(() => getByRole(root, 'button', { name: /^Unclaim Review/ }))
    const post = calls.find((c) => c.method === 'POST')
    expect(post.path).toBe('/api/tasks/task-1/claim')
    expect(post.headers.get('X-XSRF-TOKEN')).toBe('token')
  })

  it('says so when someone else claimed the task first', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root } = await renderApp('/tasks', {
      'GET /api/me': { body: ME },
      'GET /api/tasks': listPage([TASKS[0]]),
      'POST /api/tasks/task-1/claim': problem(409, 'Conflict', undefined, 'This task has already been claimed by someone else'),
    })

    ;(await waitFor(() => getByRole(root, 'button', { name: /^Claim Review/ }))).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'This task has already been claimed by someone else')).toBe(true)
  })

  it('shows the three task lists with their counts, and the one shown', async () => {
    const { root, router, calls } = await renderApp('/tasks', {
      'GET /api/me': { body: ME },
      'GET /api/tasks/counts': { body: { mine: 2, group: 5, handedOver: 1 } },
      'GET /api/tasks': listPage(TASKS),
    })

    const nav = await waitFor(() => getByRole(root, 'navigation', { name: 'Task lists' }))
    await waitFor(() => getByRole(nav, 'link', { name: 'My tasks (2)' }))
    const mine = getByRole(nav, 'link', { name: 'My tasks (2)' })
    const group = getByRole(nav, 'link', { name: "My groups' unclaimed tasks (5)" })
    const handed = getByRole(nav, 'link', { name: 'Tasks I handed over (1)' })
    expect(mine.getAttribute('aria-current')).toBe('page')
    expect(group.getAttribute('aria-current')).toBeNull()
    expect(group.getAttribute('href')).toBe('/tasks?view=group')
    expect(handed.getAttribute('href')).toBe('/tasks?view=handed-over')
    expect(new URLSearchParams(calls.find((c) => c.path === '/api/tasks').search).get('view')).toBe('mine')

    group.click()
    await waitFor(() => expect(router.currentRoute.value.query.view).toBe('group'))
    await waitFor(() => expect(getByRole(nav, 'link', { name: /^My groups/ }).getAttribute('aria-current')).toBe('page'))
    expect(getByRole(nav, 'link', { name: 'My tasks (2)' }).getAttribute('aria-current')).toBeNull()
    const last = calls.filter((c) => c.path === '/api/tasks').at(-1)
    expect(new URLSearchParams(last.search).get('view')).toBe('group')
    expect(getByRole(root, 'heading', { level: 2, name: "My groups' unclaimed tasks" })).toBeTruthy()
  })

  it('puts the filters in the address and asks the API for them', async () => {
    const { root, router, calls } = await renderApp('/tasks?view=group', {
      'GET /api/me': { body: ME },
      'GET /api/processes': {
        body: [
          { key: 'account-request', name: 'Account request', startable: true, startFormAvailable: false },
          { key: 'closure', name: 'Account closure', startable: false, startFormAvailable: false },
        ],
      },
      'GET /api/tasks': listPage(TASKS),
    })

    const process = await waitFor(() => {
      const select = getByLabelText(root, 'Process')
      if (select.querySelectorAll('option').length < 3) throw new Error('processes not loaded')
      return select
    })
    typeInto(root, 'Search case titles', 'Libraries')
    typeInto(root, 'Case reference', 'AR-2026-0001')
    typeInto(root, 'Task name', 'Review')
    typeInto(root, 'Due from', '2026-12-01')
    typeInto(root, 'Due to', '2026-12-31')
    typeInto(root, 'Created from', '2026-11-01')
    typeInto(root, 'Created to', '2026-11-30')
    typeInto(root, 'Follow up from', '2026-12-02')
    typeInto(root, 'Follow up to', '2026-12-03')
    type(process, 'closure')
    const sort = getByLabelText(root, 'Sort by')
    expect([...sort.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Due date',
      'Created',
      'Priority',
      'Name',
    ])
    type(sort, 'priority')
    const order = getByLabelText(root, 'Order')
    type(order, 'desc')
    const overdue = getByLabelText(root, 'Overdue only')
    tick(overdue)

    const before = calls.filter((c) => c.path === '/api/tasks').length
    getByRole(root, 'button', { name: 'Apply filters' }).click()

    await waitFor(() => expect(router.currentRoute.value.query.text).toBe('Libraries'))
    expect(router.currentRoute.value.query).toEqual({
      view: 'group',
      text: 'Libraries',
      caseReference: 'AR-2026-0001',
      processKey: 'closure',
      name: 'Review',
      dueFrom: '2026-12-01',
      dueTo: '2026-12-31',
      createdFrom: '2026-11-01',
      createdTo: '2026-11-30',
      followUpFrom: '2026-12-02',
      followUpTo: '2026-12-03',
      overdue: 'true',
      sort: 'priority',
      order: 'desc',
    })
    await waitFor(() => expect(calls.filter((c) => c.path === '/api/tasks').length).toBeGreaterThan(before))
    const query = Object.fromEntries(new URLSearchParams(calls.filter((c) => c.path === '/api/tasks').at(-1).search))
    expect(query).toEqual({
      view: 'group',
      text: 'Libraries',
      caseReference: 'AR-2026-0001',
      processKey: 'closure',
      name: 'Review',
      dueFrom: '2026-12-01',
      dueTo: '2026-12-31',
      createdFrom: '2026-11-01',
      createdTo: '2026-11-30',
      followUpFrom: '2026-12-02',
      followUpTo: '2026-12-03',
      overdue: 'true',
      sort: 'priority',
      order: 'desc',
      page: '0',
      size: '50',
    })
    expect(getByRole(root, 'link', { name: 'Clear filters' }).getAttribute('href')).toBe('/tasks?view=group')
  })

  it('fills the filter form from the address and pages through the results', async () => {
    const { root, calls } = await renderApp('/tasks?text=Parks&overdue=true&page=2', {
      'GET /api/me': { body: ME },
      'GET /api/tasks': { body: { items: TASKS, page: 1, size: 50, total: 120 } },
    })

    await waitFor(() => getByRole(root, 'table'))
    expect(getByLabelText(root, 'Search case titles', HTMLInputElement).value).toBe('Parks')
    expect(getByLabelText(root, 'Overdue only', HTMLInputElement).checked).toBe(true)
    const query = new URLSearchParams(calls.find((c) => c.path === '/api/tasks').search)
    expect(query.get('page')).toBe('1')
    expect(query.get('overdue')).toBe('true')
    expect(hasText(root, 'Showing 51 to 52 of 120')).toBe(true)
    expect(getByRole(root, 'link', { name: 'Previous page' }).getAttribute('href')).toBe('/tasks?text=Parks&overdue=true')
    expect(getByRole(root, 'link', { name: 'Next page' }).getAttribute('href')).toBe(
      '/tasks?text=Parks&overdue=true&page=3',
    )
  })

  it('marks overdue tasks and the ones I cover for a colleague', async () => {
    const { root } = await renderApp('/tasks', {
      'GET /api/me': { body: ME },
      'GET /api/tasks': listPage([
        { ...TASKS[0], due: '2020-01-10T17:00:00Z' },
        { ...TASKS[1], due: '2099-01-10T17:00:00Z', assignee: 'sam.jones', coveringFor: 'sam.jones' },
      ]),
    })

    await waitFor(() => getByRole(root, 'table'))
    const [late, covered] = queryAllByRole(root, 'row').slice(1)
    expect(hasText(late, '10 January 2020 Overdue')).toBe(true)
    expect(late.querySelector('.tag--red')?.textContent).toBe('Overdue')
    expect(hasText(covered, 'Overdue')).toBe(false)
    expect(hasText(covered, 'Covering for sam.jones')).toBe(true)
  })

  it('claims the selected tasks and says which could not be claimed, and why', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root, calls } = await renderApp('/tasks?view=group', {
      'GET /api/me': { body: ME },
      'GET /api/tasks/counts': { body: { mine: 0, group: 3, handedOver: 0 } },
      'GET /api/tasks': listPage([
        TASKS[0],
        { ...TASKS[0], id: 'task-3', caseReference: 'AR-2026-0003' },
        { ...TASKS[0], id: 'task-4', caseReference: 'AR-2026-0004' },
      ]),
      'POST /api/tasks/bulk/claim': {
        body: { done: ['task-1', 'task-3'], failed: [{ taskId: 'task-4', reason: 'Someone else has claimed it' }] },
      },
    })

    const all = await waitFor(() => getByLabelText(root, 'Select all on this page'))
    tick(all)
    await waitFor(() => expect(hasText(root, '3 tasks selected')).toBe(true))
    for (const box of queryAllByRole(root, 'checkbox', { name: /^Select Review/ })) {
      expect(/** @type {HTMLInputElement} */ (box).checked).toBe(true)
    }

    // Untick one and tick it again: the selection follows the boxes.
    const one = getByLabelText(root, 'Select Review account request AR-2026-0003')
    tick(one, false)
    await waitFor(() => expect(hasText(root, '2 tasks selected')).toBe(true))
    expect(getByLabelText(root, 'Select all on this page', HTMLInputElement).checked).toBe(false)
    tick(one)
    await waitFor(() => expect(hasText(root, '3 tasks selected')).toBe(true))

    getByRole(root, 'button', { name: 'Claim selected' }).click()

    const banner = await waitFor(() => {
      const found = queryAllByRole(root, 'alert').find((a) => hasText(a, 'tasks claimed'))
      if (!found) throw new Error('no banner yet')
      return found
    })
    expect(hasText(banner, '2 tasks claimed')).toBe(true)
    expect(hasText(banner, '1 task could not be claimed')).toBe(true)
    expect(hasText(banner, 'Review account request AR-2026-0004: Someone else has claimed it')).toBe(true)
    const post = calls.find((c) => c.method === 'POST')
    expect(post.path).toBe('/api/tasks/bulk/claim')
    expect(post.body).toEqual({ taskIds: ['task-1', 'task-3', 'task-4'] })
    expect(post.headers.get('X-XSRF-TOKEN')).toBe('token')
    await waitFor(() => expect(hasText(root, '0 tasks selected')).toBe(true))
  })

  it('hands the selected tasks over to a colleague, and asks for what is missing', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root, calls } = await renderApp('/tasks', {
      'GET /api/me': { body: ME },
      'GET /api/tasks': listPage([TASKS[1]]),
      'POST /api/tasks/bulk/hand-over': { body: { done: ['task-2'], failed: [] } },
    })

    const handOver = await waitFor(() => getByRole(root, 'button', { name: 'Hand over selected' }))
    handOver.click()
    let summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'Select at least one task')).toBe(true)
    expect(getByRole(summary, 'link', { name: /^Enter the username/ }).getAttribute('href')).toBe('#to')

    const box = getByLabelText(root, 'Select Review account request AR-2026-0002')
    tick(box)
    const to = getByLabelText(root, "Colleague's username")
    type(to, 'sam.jones')
    getByRole(root, 'button', { name: 'Hand over selected' }).click()

    summary = await waitFor(() => {
      const found = queryAllByRole(root, 'alert').find((a) => hasText(a, 'handed over'))
      if (!found) throw new Error('no banner yet')
      return found
    })
    expect(hasText(summary, '1 task handed over to sam.jones')).toBe(true)
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([
      { taskIds: ['task-2'], to: 'sam.jones' },
    ])
  })

  it('refreshes the list and the counts every 15 seconds, and stops when the page is left', async () => {
    const setSpy = vi.spyOn(globalThis, 'setInterval')
    const clearSpy = vi.spyOn(globalThis, 'clearInterval')
    let counter = 1
    const { root, wrapper, calls } = await renderApp('/tasks', {
      'GET /api/me': { body: ME },
      'GET /api/tasks/counts': () => ({ body: { mine: counter, group: 0, handedOver: 0 } }),
      'GET /api/tasks': listPage(TASKS),
    })
    await waitFor(() => getByRole(root, 'link', { name: 'My tasks (1)' }))

    const call = setSpy.mock.calls.find(([, ms]) => ms === 15_000)
    expect(call).toBeTruthy()
    const before = calls.filter((c) => c.path === '/api/tasks').length
    counter = 4
    const refresh = /** @type {Function} */ (call[0])
    refresh()
    await waitFor(() => getByRole(root, 'link', { name: 'My tasks (4)' }))
    expect(calls.filter((c) => c.path === '/api/tasks').length).toBe(before + 1)

    const timer = setSpy.mock.results[setSpy.mock.calls.indexOf(call)].value
    wrapper.unmount()
    expect(clearSpy).toHaveBeenCalledWith(timer)
  })
})

describe('TasksView saved filters', () => {
  it('lists the saved filters above the filter form, and applies one when it is followed', async () => {
    const { root, router, calls } = await renderApp('/tasks', {
      'GET /api/me': { body: COMMS_OFFICER },
      'GET /api/task-filters': { body: FILTERS },
      'GET /api/tasks': listPage(TASKS),
    })

    const section = await waitFor(() => {
      const heading = getByRole(root, 'heading', { level: 2, name: 'Saved filters' })
      return /** @type {HTMLElement} */ (heading.closest('section'))
    })
    const form = /** @type {HTMLElement} */ (getByRole(root, 'heading', { level: 2, name: 'Filter tasks' }).closest('form'))
    expect(section.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()

    const [mine, shared] = [...section.querySelectorAll('li')]
    expect(getByRole(mine, 'link', { name: 'Overdue reviews' }).getAttribute('href')).toBe(
      '/tasks?view=group&name=Review&overdue=true&sort=priority&order=desc',
    )
    expect(hasText(mine, 'Shared with')).toBe(false)
    expect(getByRole(mine, 'button', { name: 'Delete Overdue reviews' })).toBeTruthy()
    expect(getByRole(shared, 'link', { name: 'Comms closures' }).getAttribute('href')).toBe(
      '/tasks?processKey=closure&candidateGroup=comms',
    )
    expect(hasText(shared, 'Shared with Communications team by Sam Jones')).toBe(true)
    expect(queryAllByRole(shared, 'button')).toHaveLength(0)

    getByRole(mine, 'link', { name: 'Overdue reviews' }).click()
    await waitFor(() => expect(router.currentRoute.value.query).toEqual({
      view: 'group',
      name: 'Review',
      overdue: 'true',
      sort: 'priority',
      order: 'desc',
    }))
    await waitFor(() => expect(getByLabelText(root, 'Task name', HTMLInputElement).value).toBe('Review'))
    expect(getByLabelText(root, 'Overdue only', HTMLInputElement).checked).toBe(true)
    expect(getByLabelText(root, 'Sort by', HTMLSelectElement).value).toBe('priority')
    const query = Object.fromEntries(new URLSearchParams(calls.filter((c) => c.path === '/api/tasks').at(-1).search))
    expect(query).toEqual({ view: 'group', name: 'Review', overdue: 'true', sort: 'priority', order: 'desc', page: '0', size: '50' })

    // The group filter has no field of its own: it is said, sent, and kept when filtering again.
    getByRole(shared, 'link', { name: 'Comms closures' }).click()
    await waitFor(() => expect(router.currentRoute.value.query).toEqual({ processKey: 'closure', candidateGroup: 'comms' }))
    await waitFor(() => expect(hasText(root, 'Also only showing tasks for Communications team')).toBe(true))
    expect(new URLSearchParams(calls.filter((c) => c.path === '/api/tasks').at(-1).search).get('candidateGroup')).toBe('comms')
    const text = getByLabelText(root, 'Search case titles')
    type(text, 'Parks')
    getByRole(root, 'button', { name: 'Apply filters' }).click()
    await waitFor(() =>
      expect(router.currentRoute.value.query).toEqual({ text: 'Parks', processKey: 'closure', candidateGroup: 'comms' }),
    )
  })

  it('offers to save the filter only when some are applied, and saves it for me or my group', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root, router, calls } = await renderApp('/tasks', {
      'GET /api/me': { body: COMMS_OFFICER },
      'GET /api/task-filters': { body: [] },
      'GET /api/tasks': listPage(TASKS),
      'POST /api/task-filters': (call) => ({
        status: 201,
        body: { id: 'f-9', ...call.body, owner: 'jsmith', ownerName: 'Jo Smith', mine: true },
      }),
    })

    await waitFor(() => expect(hasText(root, 'You have no saved filters')).toBe(true))
    expect(queryAllByRole(root, 'heading', { name: 'Save this filter' })).toHaveLength(0)

    await router.push('/tasks?view=group&overdue=true&sort=priority&order=desc')
    const name = await waitFor(() => getByLabelText(root, 'Name this filter'))
    const share = getByLabelText(root, 'Share with', HTMLSelectElement)
    expect([...share.querySelectorAll('option')].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'Only me'],
      ['staff', 'Staff'],
      ['comms', 'Communications team'],
    ])
    expect(share.value).toBe('')

    type(name, '  Late for my team  ')
    type(share, 'comms')
    getByRole(root, 'button', { name: 'Save filter' }).click()

    const link = await waitFor(() => getByRole(root, 'link', { name: 'Late for my team' }))
    expect(calls.filter((c) => c.method === 'POST').map((c) => [c.path, c.body])).toEqual([
      [
        '/api/task-filters',
        {
          name: 'Late for my team',
          criteria: { view: 'group', overdue: 'true', sort: 'priority', order: 'desc' },
          sharedWithGroup: 'comms',
        },
      ],
    ])
    expect(calls.find((c) => c.method === 'POST').headers.get('X-XSRF-TOKEN')).toBe('token')
    expect(link.getAttribute('href')).toBe('/tasks?view=group&overdue=true&sort=priority&order=desc')
    expect(hasText(/** @type {HTMLElement} */ (link.closest('li')), 'Shared with Communications team')).toBe(true)
    expect(hasText(root, 'Filter saved as Late for my team')).toBe(true)
    expect(getByLabelText(root, 'Name this filter', HTMLInputElement).value).toBe('')
    expect(getByLabelText(root, 'Share with', HTMLSelectElement).value).toBe('')
  })

  it('asks for a name, and shows what the server says is wrong with it by the right field', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root, calls } = await renderApp('/tasks?name=Review', {
      'GET /api/me': { body: COMMS_OFFICER },
      'GET /api/task-filters': { body: FILTERS },
      'GET /api/tasks': listPage(TASKS),
      'POST /api/task-filters': problem(400, 'Bad Request', [
        { field: 'name', message: 'You already have a filter called Overdue reviews' },
        { field: 'sharedWithGroup', message: 'You can only share a filter with a group you are in' },
      ]),
    })

    const save = await waitFor(() => getByRole(root, 'button', { name: 'Save filter' }))
    save.click()
    let summary = await errorSummaryLink(root, 'Enter a name for this filter', '#filterName')
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0)

    const name = getByLabelText(root, 'Name this filter')
    type(name, 'Overdue reviews')
    save.click()

    summary = await waitFor(() => {
      const found = getByRole(root, 'alert')
      if (!hasText(found, 'You already have')) throw new Error('not yet')
      return found
    })
    expect(getByRole(summary, 'link', { name: 'You already have a filter called Overdue reviews' }).getAttribute('href')).toBe(
      '#filterName',
    )
    expect(getByRole(summary, 'link', { name: /^You can only share/ }).getAttribute('href')).toBe('#sharedWithGroup')
    expect(name.getAttribute('aria-invalid')).toBe('true')
    expect(hasText(/** @type {HTMLElement} */ (name.closest('.form-group')), 'Error: You already have a filter called Overdue reviews')).toBe(true)
    expect(getByLabelText(root, 'Task name').getAttribute('aria-invalid')).toBeNull()
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([
      { name: 'Overdue reviews', criteria: { name: 'Review' }, sharedWithGroup: null },
    ])
    expect(document.title).toBe('Error: Your tasks – SocialGov')
  })

  it('deletes one of my filters and says so', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root, calls } = await renderApp('/tasks', {
      'GET /api/me': { body: COMMS_OFFICER },
      'GET /api/task-filters': { body: FILTERS },
      'GET /api/tasks': listPage(TASKS),
      'DELETE /api/task-filters/f-1': { status: 204 },
    })

    ;(await waitFor(() => getByRole(root, 'button', { name: 'Delete Overdue reviews' }))).click()

    await waitFor(() => expect(queryAllByRole(root, 'link', { name: 'Overdue reviews' })).toHaveLength(0))
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual(['/api/task-filters/f-1'])
    expect(calls.find((c) => c.method === 'DELETE').headers.get('X-XSRF-TOKEN')).toBe('token')
    const live = /** @type {HTMLElement} */ (root.querySelector('[aria-live="polite"]'))
    expect(live.textContent).toBe('Filter deleted')
    expect(getByRole(root, 'link', { name: 'Comms closures' })).toBeTruthy()
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Saved filters'))
  })
})

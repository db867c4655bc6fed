import { describe, expect, it } from 'vitest'
import { ME, fakeFetch, problem } from '../test/fakeFetch.js'
import { getByRole, hasText, queryAllByRole, waitFor } from '../test/queries.js'
import { renderApp } from '../test/renderApp.js'

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

const page = (items) => ({ body: { items, page: 0, size: 50, total: items.length } })

describe('TasksView', () => {
  it('lists the tasks', async () => {
    fakeFetch({ 'GET /api/me': { body: ME }, 'GET /api/tasks': page(TASKS) })
    const { root } = await renderApp('/tasks')

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
    fakeFetch({ 'GET /api/me': { body: ME }, 'GET /api/tasks': page([]) })
    const { root } = await renderApp('/tasks')

    await waitFor(() => expect(hasText(root, 'You have no tasks')).toBe(true))
    expect(queryAllByRole(root, 'table')).toHaveLength(0)
  })

  it('claims a task and shows it as mine', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    let claimed = false
    const { calls } = fakeFetch({
      'GET /api/me': { body: ME },
      'GET /api/tasks': () => page([{ ...TASKS[0], assignee: claimed ? 'jsmith' : null }]),
      'POST /api/tasks/task-1/claim': () => {
        claimed = true
        return { status: 204 }
      },
    })
    const { root } = await renderApp('/tasks')

    const claim = await waitFor(() => getByRole(root, 'button', { name: /^Claim/ }))
    claim.click()

    await waitFor(() => getByRole(root, 'button', { name: /^Unclaim/ }))
    const post = calls.find((c) => c.method === 'POST')
    expect(post.path).toBe('/api/tasks/task-1/claim')
    expect(post.headers.get('X-XSRF-TOKEN')).toBe('token')
  })

  it('says so when someone else claimed the task first', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    fakeFetch({
      'GET /api/me': { body: ME },
      'GET /api/tasks': page([TASKS[0]]),
      'POST /api/tasks/task-1/claim': problem(409, 'Conflict', undefined, 'This task has already been claimed by someone else'),
    })
    const { root } = await renderApp('/tasks')

    ;(await waitFor(() => getByRole(root, 'button', { name: /^Claim/ }))).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'This task has already been claimed by someone else')).toBe(true)
  })
})

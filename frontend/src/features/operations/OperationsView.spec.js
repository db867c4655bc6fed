import { describe, expect, it, vi } from 'vitest'
import { ADMIN, STAFF, fakeFetch, problem } from '../../test/fakeFetch.js'
import { getByRole, hasText, queryAllByRole, waitFor } from '../../test/queries.js'
import { expectTitled } from '../../test/expectations.js'
import { renderApp } from '../../test/renderApp.js'

// bpmn-js needs a real browser's SVG layout, which jsdom lacks: a stand-in records what is asked of it.
const viewers = vi.hoisted(() => /** @type {any[]} */ ([]))
const failImport = vi.hoisted(() => ({ value: false }))
vi.mock('../../ui/lazy/bpmnViewer.js', async () =>
  (await import('../../test/fakeBpmnViewer.js')).fakeBpmnViewer({
    viewers,
    names: { Task_Review: 'Review the request', Task_Publish: 'Publish' },
    failImport,
  }),
)

const PROCESSES = [
  { key: 'account-request', name: 'Account request', version: 3, running: 12, finished: 40, incidents: 2 },
  { key: 'closure', name: 'Account closure', version: 1, running: 0, finished: 5, incidents: 0 },
]

const INCIDENTS = [
  {
    id: 'inc-1',
    processKey: 'account-request',
    activityId: 'Task_Publish',
    message: 'Connection refused',
    time: '2026-11-27T14:05:00Z',
    jobId: 'job-1',
  },
  {
    id: 'inc-2',
    processKey: 'account-request',
    activityId: 'Task_Notify',
    message: null,
    time: '2026-07-01T23:30:00Z',
    jobId: null,
  },
]

const DIAGRAM = {
  bpmnXml: '<definitions id="account-request"/>',
  runningByStep: { Task_Review: 9, Task_Publish: 3, Task_Idle: 0 },
  incidentsByStep: { Task_Publish: 2 },
}

/** Only operations facts are asked for on these pages: never a case. @param {{ path: string }[]} calls */
const outsideOperations = (calls) =>
  calls.filter(
    // Every signed-in page asks who is signed in and whether an emergency is in force.
    (c) => c.path !== '/api/me' && c.path !== '/api/emergency' && !c.path.startsWith('/api/operations/'),
  )

/** @param {HTMLElement} table */
const cells = (table) =>
  queryAllByRole(table, 'row').map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim()),
  )

describe('OperationsView', () => {
  it('shows each process and the incidents, for administrators', async () => {
    const { root, calls } = await renderApp('/operations', {
      'GET /api/me': { body: ADMIN },
      'GET /api/operations/processes': { body: PROCESSES },
      'GET /api/operations/incidents': { body: INCIDENTS },
    })

    await waitFor(() => expect(queryAllByRole(root, 'table')).toHaveLength(2))
    expectTitled(root, 'Operations')
    const nav = getByRole(root, 'navigation', { name: 'Main' })
    expect(getByRole(nav, 'link', { name: 'Operations' }).getAttribute('href')).toBe('/operations')

    const [processes, incidents] = queryAllByRole(root, 'table')
    expect(cells(processes)).toEqual([
      ['Process', 'Version', 'Running', 'Finished', 'Incidents'],
      ['Account request account-request', '3', '12', '40', '2'],
      ['Account closure closure', '1', '0', '5', '0'],
    ])
    expect(getByRole(processes, 'link', { name: 'Account request' }).getAttribute('href')).toBe(
      '/operations/processes/account-request',
    )

    const rows = queryAllByRole(incidents, 'row')
    expect(cells(incidents)[0]).toEqual(['When', 'Process', 'Step', 'Error', 'Action'])
    expect(hasText(rows[1], '27 November 2026 at 14:05')).toBe(true)
    expect(hasText(rows[1], 'Account request')).toBe(true)
    expect(hasText(rows[1], 'Task_Publish')).toBe(true)
    expect(hasText(rows[1], 'Connection refused')).toBe(true)
    expect(getByRole(rows[1], 'button', { name: 'Retry Task_Publish in Account request' })).toBeTruthy()
    expect(hasText(rows[2], '2 July 2026 at 00:30')).toBe(true)
    expect(hasText(rows[2], 'No error message was recorded')).toBe(true)
    expect(queryAllByRole(rows[2], 'button')).toHaveLength(0)

    expect(outsideOperations(calls)).toEqual([])
  })

  it('warns when the bank holiday calendar is about to run out', async () => {
    const warning = 'The bank holiday calendar ends on 31 December 2028. Deadlines after that count no bank holidays.'
    const { root } = await renderApp('/operations', {
      'GET /api/me': { body: ADMIN },
      'GET /api/operations/processes': { body: PROCESSES },
      'GET /api/operations/incidents': { body: INCIDENTS },
      'GET /api/operations/calendar': { body: { division: 'england-and-wales', knownUntil: '2028-12-31', warning } },
    })
    await waitFor(() => expect(hasText(root, `Warning: ${warning}`)).toBe(true))
  })

  it('says nothing of the calendar while it has more than six months to run', async () => {
    const quiet = await renderApp('/operations', {
      'GET /api/me': { body: ADMIN },
      'GET /api/operations/processes': { body: PROCESSES },
      'GET /api/operations/incidents': { body: INCIDENTS },
      'GET /api/operations/calendar': { body: { division: 'england-and-wales', knownUntil: '2028-12-31', warning: null } },
    })
    await waitFor(() => expect(queryAllByRole(quiet.root, 'table')).toHaveLength(2))
    await waitFor(() => expect(quiet.calls.some((c) => c.path === '/api/operations/calendar')).toBe(true))
    expect(hasText(quiet.root, 'Warning:')).toBe(false)
  })

  it('tries a failed job again and shows the incidents as they now are', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    let retried = false
    const { root, calls } = await renderApp('/operations', {
      'GET /api/me': { body: ADMIN },
      'GET /api/operations/processes': { body: PROCESSES },
      'GET /api/operations/incidents': () => ({ body: retried ? INCIDENTS.slice(1) : INCIDENTS }),
      'POST /api/operations/jobs/job-1/retry': () => {
        retried = true
        return { status: 204 }
      },
    })

    ;(await waitFor(() => getByRole(root, 'button', { name: /^Retry Task_Publish/ }))).click()

    await waitFor(() => expect(hasText(root, 'Connection refused')).toBe(false))
    const post = calls.filter((c) => c.method === 'POST')
    expect(post.map((c) => c.path)).toEqual(['/api/operations/jobs/job-1/retry'])
    expect(post[0].headers.get('X-XSRF-TOKEN')).toBe('token')
    expect(calls.filter((c) => c.path === '/api/operations/incidents')).toHaveLength(2)
    const live = /** @type {HTMLElement} */ (root.querySelector('[aria-live="polite"]'))
    expect(live.textContent).toBe('The job will be tried again')
  })

  it('says why a job could not be tried again', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root } = await renderApp('/operations', {
      'GET /api/me': { body: ADMIN },
      'GET /api/operations/processes': { body: PROCESSES },
      'GET /api/operations/incidents': { body: INCIDENTS },
      'POST /api/operations/jobs/job-1/retry': problem(404, 'Not Found', undefined, 'There is no job job-1'),
    })

    ;(await waitFor(() => getByRole(root, 'button', { name: /^Retry Task_Publish/ }))).click()

    const summary = await waitFor(() => getByRole(root, 'alert'))
    expect(hasText(summary, 'There is no job job-1')).toBe(true)
    expect(hasText(root, 'The job will be tried again')).toBe(false)
  })

  it('says when there is nothing to show, or the lists could not be fetched', async () => {
    const { root } = await renderApp('/operations', {
      'GET /api/me': { body: ADMIN },
      'GET /api/operations/processes': { body: [] },
      'GET /api/operations/incidents': problem(500, 'Internal Server Error'),
    })

    await waitFor(() => expect(hasText(root, 'There are no processes')).toBe(true))
    await waitFor(() => expect(hasText(root, 'Sorry, the incidents could not be shown. Try again later.')).toBe(true))
    expect(queryAllByRole(root, 'table')).toHaveLength(0)
  })

  it('is not shown to people who are not administrators', async () => {
    const { calls } = fakeFetch({ 'GET /api/me': { body: STAFF } })
    for (const path of ['/operations', '/operations/processes/account-request']) {
      const { root, router, wrapper } = await renderApp(path)

      await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'You do not have permission to see this page' }))
      expect(router.currentRoute.value.path).toBe(path)
      expect(document.title).toBe('You do not have permission to see this page – SocialGov')
      expect(queryAllByRole(root, 'link', { name: 'Operations' })).toHaveLength(0)
      wrapper.unmount()
    }
    expect(calls.filter((c) => c.path.startsWith('/api/operations'))).toHaveLength(0)
  })
})

describe('OperationsProcessView', () => {
  it('draws the process with its counts by each step, and gives the same numbers in a table', async () => {
    viewers.length = 0
    failImport.value = false
    const { root, wrapper, calls } = await renderApp('/operations/processes/account-request', {
      'GET /api/me': { body: ADMIN },
      'GET /api/operations/processes': { body: PROCESSES },
      'GET /api/operations/processes/account-request/diagram': { body: DIAGRAM },
    })

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Account request' }))
    expect(document.title).toBe('Account request – SocialGov')
    expect(getByRole(root, 'link', { name: 'Back to operations' }).getAttribute('href')).toBe('/operations')
    await waitFor(() => expect(viewers).toHaveLength(1))
    const viewer = viewers[0]
    await waitFor(() => getByRole(root, 'button', { name: 'Zoom in' }))

    expect(viewer.imported).toBe('<definitions id="account-request"/>')
    expect(viewer.markers).toEqual([
      ['Task_Review', 'highlight'],
      ['Task_Publish', 'incident'],
    ])
    expect(viewer.overlays.map(([id, overlay]) => [id, overlay.position])).toEqual([
      ['Task_Review', { bottom: 0, right: 0 }],
      ['Task_Publish', { bottom: 0, right: 0 }],
    ])
    for (const [, overlay] of viewer.overlays) {
      // A node made here, not a string of HTML, and with no style attributes (the CSP forbids them).
      expect(overlay.html).toBeInstanceOf(HTMLElement)
      expect(overlay.html.getAttribute('aria-hidden')).toBe('true')
      expect(overlay.html.outerHTML).not.toContain('style=')
    }
    const [review, publish] = viewer.overlays.map(([, overlay]) => overlay.html)
    expect([...review.children].map((b) => [b.className, b.textContent, b.title])).toEqual([
      ['diagram-badge diagram-badge--waiting', '9', '9 cases waiting'],
    ])
    expect([...publish.children].map((b) => [b.className, b.textContent, b.title])).toEqual([
      ['diagram-badge diagram-badge--waiting', '3', '3 cases waiting'],
      ['diagram-badge diagram-badge--incidents', '2', '2 incidents'],
    ])

    const caption = /** @type {HTMLElement} */ (root.querySelector('figcaption'))
    const svg = /** @type {Element} */ (viewer.container.querySelector('svg'))
    expect(svg.getAttribute('role')).toBe('img')
    expect(svg.getAttribute('aria-labelledby')).toBe(caption.id)

    expect(getByRole(root, 'heading', { level: 2, name: 'Cases at each step' })).toBeTruthy()
    const table = getByRole(root, 'table')
    expect(table.querySelector('caption')?.textContent).toBe('Cases at each step')
    await waitFor(() => expect(hasText(table, 'Review the request')).toBe(true))
    expect(cells(table)).toEqual([
      ['Step id', 'Waiting', 'Incidents'],
      ['Task_Review Review the request', '9', '0'],
      ['Task_Publish Publish', '3', '2'],
    ])
    expect(outsideOperations(calls)).toEqual([])

    wrapper.unmount()
    expect(viewer.destroyed).toBe(true)
  })

  it('still gives the numbers when the diagram cannot be drawn', async () => {
    viewers.length = 0
    failImport.value = true
    const { root } = await renderApp('/operations/processes/account-request', {
      'GET /api/me': { body: ADMIN },
      'GET /api/operations/processes/account-request/diagram': { body: DIAGRAM },
    })

    await waitFor(() => expect(hasText(root, 'The process diagram could not be shown.')).toBe(true))
    failImport.value = false
    // Without the list of processes, the key names the process.
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toBe('account-request')
    expect(queryAllByRole(root, 'button', { name: 'Zoom in' })).toHaveLength(0)
    expect(cells(getByRole(root, 'table')).slice(1)).toEqual([
      ['Task_Review', '9', '0'],
      ['Task_Publish', '3', '2'],
    ])
  })

  it('says when no cases are waiting', async () => {
    const { root } = await renderApp('/operations/processes/closure', {
      'GET /api/me': { body: ADMIN },
      'GET /api/operations/processes': { body: PROCESSES },
      'GET /api/operations/processes/closure/diagram': {
        body: { bpmnXml: '<definitions id="closure"/>', runningByStep: {}, incidentsByStep: {} },
      },
    })

    const table = await waitFor(() => getByRole(root, 'table'))
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toBe('Account closure')
    expect(cells(table).slice(1)).toEqual([['No cases are waiting at any step, and there are no incidents.']])
  })

  it('says when there is no such process', async () => {
    const { root } = await renderApp('/operations/processes/nothing', { 'GET /api/me': { body: ADMIN }, 'GET /api/operations/processes': { body: PROCESSES } })

    await waitFor(() => getByRole(root, 'heading', { level: 1, name: 'Process not found' }))
    expect(document.title).toBe('Process not found – SocialGov')
  })
})

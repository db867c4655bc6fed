import { describe, expect, it, vi } from 'vitest'
import { ME } from '../../test/fakeFetch.js'
import { getByRole, hasText, waitFor } from '../../test/queries.js'
import { renderApp } from '../../test/renderApp.js'

// bpmn-js needs a real browser's SVG layout, which jsdom lacks: a stand-in records what is asked of it.
const viewers = vi.hoisted(() => /** @type {any[]} */ ([]))
vi.mock('../../ui/lazy/bpmnViewer.js', async () =>
  (await import('../../test/fakeBpmnViewer.js')).fakeBpmnViewer({
    viewers,
    names: { Task_Review: 'Review the request', Task_Check: 'Check the name' },
  }),
)

const TASK = {
  id: 'task-1',
  name: 'Review account request',
  taskDefinitionKey: 'Task_Review',
  caseId: null,
  caseReference: 'AR-2026-0001',
  created: '2026-11-27T14:05:00Z',
  due: null,
  assignee: 'jsmith',
  candidateGroups: [],
}

describe('ProcessDiagram', () => {
  it('draws the process, highlights the current steps and names them in words', async () => {
    const { root, wrapper } = await renderApp('/tasks/task-1', {
      'GET /api/me': { body: ME },
      'GET /api/tasks/task-1': { body: TASK },
      'GET /api/tasks/task-1/diagram': {
        body: { bpmnXml: '<definitions id="d"/>', activeActivityIds: ['Task_Review', 'Task_Check', 'Gone'] },
      },
    })

    const heading = await waitFor(() => getByRole(root, 'heading', { level: 2, name: 'Where this is in the process' }))
    await waitFor(() => expect(viewers).toHaveLength(1))
    const viewer = viewers[0]
    await waitFor(() => expect(hasText(root, 'highlighted in blue')).toBe(true))

    expect(viewer.container.classList.contains('process-diagram__canvas')).toBe(true)
    expect(viewer.imported).toBe('<definitions id="d"/>')
    expect(viewer.zooms).toContain('fit-viewport')
    expect(viewer.markers).toEqual([
      ['Task_Review', 'highlight'],
      ['Task_Check', 'highlight'],
    ])
    const caption = /** @type {HTMLElement} */ (root.querySelector('figcaption'))
    expect(caption.textContent.replace(/\s+/g, ' ').trim()).toBe(
      'The current step is Review the request and Check the name, highlighted in blue in the process diagram.',
    )
    const svg = /** @type {Element} */ (viewer.container.querySelector('svg'))
    expect(svg.getAttribute('role')).toBe('img')
    expect(svg.getAttribute('aria-labelledby')).toBe(caption.id)
    expect(heading.closest('section')?.getAttribute('aria-labelledby')).toBe(heading.id)

    getByRole(root, 'button', { name: 'Zoom in' }).click()
    expect(viewer.zooms.at(-1)).toBe(1.25)

    wrapper.unmount()
    expect(viewer.destroyed).toBe(true)
  })

  it('still names the current step when the diagram cannot be drawn', async () => {
    viewers.length = 0
    const { root } = await renderApp('/tasks/task-1', { 'GET /api/me': { body: ME }, 'GET /api/tasks/task-1': { body: TASK } })

    await waitFor(() => expect(hasText(root, 'The process diagram could not be shown.')).toBe(true))
    expect(hasText(root, 'The current step is Review account request.')).toBe(true)
    expect(viewers).toHaveLength(0)
  })
})

import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { tick } from '../test/actions.js'
import { defineComponent, h } from 'vue'
import { ME } from '../test/fakeFetch.js'
import { getByLabelText, getByRole, hasText, waitFor } from '../test/queries.js'
import { renderApp } from '../test/renderApp.js'
import { isTyping, setShortcutsEnabled, shortcutsEnabled, useShortcuts } from './useShortcuts.js'

/**
 * Presses a key on an element, as the browser would: the event bubbles up to the document.
 * @param {Element} target
 * @param {string} key
 * @param {KeyboardEventInit} [init]
 */
function press(target, key, init = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })
  target.dispatchEvent(event)
  return event
}

/** Mounts a page with the given shortcuts and a few places to type. @param {Record<string, any>} keys */
function mountWith(keys) {
  const Page = defineComponent({
    setup() {
      useShortcuts(keys)
      return () =>
        h('div', [
          h('input', { id: 'field' }),
          h('textarea', { id: 'area' }),
          h('select', { id: 'choice' }, [h('option', 'One')]),
          h('div', { id: 'editor', contenteditable: 'true' }, [h('p', { id: 'inside' }, 'Text')]),
          h('div', { id: 'not-editable', contenteditable: 'false' }, 'Text'),
          h('button', { id: 'button' }, 'A button'),
        ])
    },
  })
  return mount(Page, { attachTo: document.body })
}

afterEach(() => {
  setShortcutsEnabled(true)
  window.localStorage.clear()
})

describe('useShortcuts', () => {
  it('runs the shortcut for the key pressed, and stops the key doing anything else', () => {
    const slash = vi.fn()
    const c = vi.fn()
    mountWith({ '/': slash, c })

    const event = press(document.body, '/')
    expect(slash).toHaveBeenCalledTimes(1)
    expect(c).not.toHaveBeenCalled()
    expect(event.defaultPrevented).toBe(true)

    press(/** @type {Element} */ (document.getElementById('button')), 'c')
    expect(c).toHaveBeenCalledTimes(1)
    // Caps Lock does not stop a letter working.
    press(document.body, 'C', { shiftKey: true })
    expect(c).toHaveBeenCalledTimes(2)

    expect(press(document.body, 'x').defaultPrevented).toBe(false)
  })

  it('ignores keys while typing in a field', () => {
    const slash = vi.fn()
    const c = vi.fn()
    mountWith({ '/': slash, c })

    for (const id of ['field', 'area', 'choice', 'editor', 'inside']) {
      const event = press(/** @type {Element} */ (document.getElementById(id)), '/')
      press(/** @type {Element} */ (document.getElementById(id)), 'c')
      expect(event.defaultPrevented, id).toBe(false)
    }
    expect(slash).not.toHaveBeenCalled()
    expect(c).not.toHaveBeenCalled()

    press(/** @type {Element} */ (document.getElementById('not-editable')), 'c')
    expect(c).toHaveBeenCalledTimes(1)
  })

  it('ignores keys pressed with Ctrl, Alt or Meta', () => {
    const c = vi.fn()
    mountWith({ c })

    for (const modifier of ['ctrlKey', 'altKey', 'metaKey']) {
      expect(press(document.body, 'c', { [modifier]: true }).defaultPrevented).toBe(false)
    }
    expect(c).not.toHaveBeenCalled()
  })

  it('leaves the key alone when the shortcut does not apply', () => {
    const c = vi.fn(() => false)
    mountWith({ c })

    expect(press(document.body, 'c').defaultPrevented).toBe(false)
    expect(c).toHaveBeenCalledTimes(1)
  })

  it('can be turned off, and remembers that', () => {
    const c = vi.fn()
    mountWith({ c })

    setShortcutsEnabled(false)
    expect(shortcutsEnabled.value).toBe(false)
    expect(window.localStorage.getItem('socialgov.shortcuts')).toBe('off')
    press(document.body, 'c')
    expect(c).not.toHaveBeenCalled()

    setShortcutsEnabled(true)
    expect(window.localStorage.getItem('socialgov.shortcuts')).toBeNull()
    press(document.body, 'c')
    expect(c).toHaveBeenCalledTimes(1)
  })

  it('stops listening when the page is left', () => {
    const c = vi.fn()
    const wrapper = mountWith({ c })
    wrapper.unmount()

    press(document.body, 'c')
    expect(c).not.toHaveBeenCalled()
  })

  it('knows when someone is typing', () => {
    const wrapper = mountWith({})
    expect(isTyping(document.getElementById('field'))).toBe(true)
    expect(isTyping(document.getElementById('inside'))).toBe(true)
    expect(isTyping(document.getElementById('button'))).toBe(false)
    expect(isTyping(document.getElementById('not-editable'))).toBe(false)
    expect(isTyping(null)).toBe(false)
    wrapper.unmount()
  })
})

describe('keyboard shortcuts on the task pages', () => {
  const TASK = {
    id: 'task-1',
    name: 'Check the name',
    taskDefinitionKey: 'UserTask_Check',
    caseId: null,
    caseReference: 'AR-2026-0001',
    created: '2026-11-27T14:05:00Z',
    due: null,
    assignee: null,
    candidateGroups: ['reviewers'],
  }

  it('moves focus to "Search case titles" when / is pressed on the task list', async () => {
    const { root } = await renderApp('/tasks', { 'GET /api/me': { body: ME }, 'GET /api/tasks': { body: { items: [], page: 0, size: 50, total: 0 } } })

    const search = await waitFor(() => getByLabelText(root, 'Search case titles'))
    const event = press(document.body, '/')
    expect(document.activeElement).toBe(search)
    expect(event.defaultPrevented).toBe(true)
    // Typing "/" in the search box is just typing.
    expect(press(search, '/').defaultPrevented).toBe(false)

    const details = /** @type {HTMLElement} */ ([...root.querySelectorAll('details')].find((d) => hasText(d, 'Keyboard shortcuts')))
    expect(hasText(details, 'Press / to move to "Search case titles"')).toBe(true)
  })

  it('claims an unassigned task when c is pressed on its page, but not while typing', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { root, calls } = await renderApp('/tasks/task-1', {
      'GET /api/me': { body: ME },
      'GET /api/tasks/task-1': { body: TASK },
      'POST /api/tasks/task-1/claim': { status: 204 },
    })

    await waitFor(() => getByRole(root, 'button', { name: 'Claim' }))
    press(getByLabelText(root, 'Add a comment'), 'c')
    press(document.body, 'c', { ctrlKey: true })
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0)

    press(document.body, 'c')
    await waitFor(() => getByRole(root, 'button', { name: 'Unclaim' }))
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/api/tasks/task-1/claim'])
    expect(hasText(root, 'You have claimed Check the name')).toBe(true)
    expect(hasText(root, 'Press c to claim the task when nobody has it')).toBe(true)

    // Once claimed, c does nothing more: it does not unclaim.
    expect(press(document.body, 'c').defaultPrevented).toBe(false)
    await Promise.resolve()
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1)
  })

  it('does nothing when the shortcuts have been turned off on the page', async () => {
    const { root, calls } = await renderApp('/tasks/task-1', {
      'GET /api/me': { body: ME },
      'GET /api/tasks/task-1': { body: TASK },
      'POST /api/tasks/task-1/claim': { status: 204 },
    })

    const off = await waitFor(() => getByLabelText(root, 'Turn off keyboard shortcuts'))
    tick(off)
    press(document.body, 'c')
    await Promise.resolve()
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0)
    expect(getByRole(root, 'button', { name: 'Claim' })).toBeTruthy()
  })
})

// Steps every journey uses: opening task-list views and tasks, sending a task's form, and checking a
// page with axe and for console errors.
import assert from 'node:assert/strict'
import { axeViolations } from './browser.mjs'

/** Opens one of the task list's views and waits until its tasks have loaded. */
export async function showView(page, name, url) {
  await page.getByRole('link', { name }).click()
  await page.waitForURL(url)
  await page.waitForLoadState('networkidle')
}

export async function waitUntil(condition, what, timeout = 10_000) {
  const deadline = Date.now() + timeout
  while (!(await condition())) {
    if (Date.now() > deadline) assert.fail(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

export async function expectAccessible(page, problems, what) {
  assert.deepEqual(await axeViolations(page), [], `axe violations on ${what}`)
  assert.deepEqual(problems, [], `console errors on ${what}`)
}

/** Opens the task of this name on this case from "My tasks" (or the group's unclaimed tasks), claimed or not. */
export async function openTask(page, reference, name, view = /My tasks/) {
  await showView(page, view, view.source.includes('groups') ? /view=group/ : /\/tasks(\?(?!view=)|$)/)
  await page.getByRole('row').filter({ hasText: reference }).getByRole('link', { name }).click()
  await page.getByRole('heading', { name, level: 1 }).waitFor()
}

/** Sends the task's form and waits to be back on the task list with the confirmation. */
export async function submitTask(page) {
  await page.getByRole('button', { name: 'Submit', exact: true }).click()
  await page.waitForURL(/\/tasks$/)
  await page.getByRole('alert').filter({ hasText: 'Task completed' }).waitFor()
}

export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0])

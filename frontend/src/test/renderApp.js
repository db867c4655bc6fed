import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import App from '../App.vue'
import { forgetUser } from '../features/identity/useSession.js'
import { createAppRouter } from '../router.js'
import { takeFlash } from '../shared/useFlash.js'

/**
 * Mounts the whole app, as a person would meet it, at the given path.
 * Fake fetch first (see fakeFetch.js).
 * @param {string} path
 */
export async function renderApp(path) {
  forgetUser()
  takeFlash()
  const router = createAppRouter(createMemoryHistory())
  router.push(path)
  await router.isReady()
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body })
  return { wrapper, router, root: /** @type {HTMLElement} */ (wrapper.element.parentElement ?? document.body) }
}

import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import App from '../App.vue'
import { forgetUser } from '../features/identity/useSession.js'
import { createAppRouter } from '../router.js'
import { takeFlash } from '../shared/useFlash.js'
import { fakeFetch } from './fakeFetch.js'

/**
 * Mounts the whole app, as a person would meet it, at the given path. Given the API's answers
 * (see fakeFetch.js), it fakes fetch with them first and hands back the calls made; without them,
 * fetch must have been faked already.
 * @param {string} path
 * @param {Record<string, any>} [routes]
 */
export async function renderApp(path, routes) {
  const { fn, calls } = routes ? fakeFetch(routes) : { fn: undefined, calls: undefined }
  forgetUser()
  takeFlash()
  const router = createAppRouter(createMemoryHistory())
  router.push(path)
  await router.isReady()
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body })
  return { wrapper, router, root: /** @type {HTMLElement} */ (wrapper.element.parentElement ?? document.body), calls, fn }
}

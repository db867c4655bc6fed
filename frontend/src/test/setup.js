import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, beforeEach } from 'vitest'
import { setUnauthorisedHandler } from '../api/client.js'
import { clearCookies } from './fakeFetch.js'

enableAutoUnmount(afterEach)

// jsdom does not scroll.
window.scrollTo = () => {}
Element.prototype.scrollIntoView = function scrollIntoView() {}

beforeEach(() => {
  clearCookies()
  document.title = ''
})

afterEach(() => {
  setUnauthorisedHandler(null)
  document.body.innerHTML = ''
})

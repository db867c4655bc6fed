import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, beforeEach } from 'vitest'
import { setUnauthorisedHandler } from '../shared/apiClient.js'
import { clearCookies } from './fakeFetch.js'

enableAutoUnmount(afterEach)

// jsdom does not scroll.
window.scrollTo = () => {}
Element.prototype.scrollIntoView = function scrollIntoView() {}

// jsdom's files cannot be read with text(), as browsers' can.
if (typeof Blob.prototype.text !== 'function') {
  Blob.prototype.text = function text() {
    return new Promise((resolve, reject) => {
      const reader = new FileReader()
      reader.onload = () => resolve(String(reader.result))
      reader.onerror = () => reject(reader.error)
      reader.readAsText(this)
    })
  }
}

beforeEach(() => {
  clearCookies()
  document.title = ''
})

afterEach(() => {
  setUnauthorisedHandler(null)
  document.body.innerHTML = ''
})

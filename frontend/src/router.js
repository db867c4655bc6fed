import { nextTick } from 'vue'
import { createRouter, createWebHistory } from 'vue-router'
import { setUnauthorisedHandler } from './api/client.js'
import { loadUser, sessionEnded } from './composables/useSession.js'
import NewRequestView from './views/NewRequestView.vue'
import NotFoundView from './views/NotFoundView.vue'
import RequestView from './views/RequestView.vue'
import RequestsView from './views/RequestsView.vue'
import SignInView from './views/SignInView.vue'
import TaskView from './views/TaskView.vue'
import TasksView from './views/TasksView.vue'

export const routes = [
  { path: '/', redirect: '/tasks' },
  { path: '/sign-in', name: 'sign-in', component: SignInView, meta: { title: 'Sign in', public: true } },
  { path: '/tasks', name: 'tasks', component: TasksView, meta: { title: 'Your tasks' } },
  { path: '/tasks/:id', name: 'task', component: TaskView, props: true, meta: { title: 'Task' } },
  { path: '/requests', name: 'requests', component: RequestsView, meta: { title: 'Account requests' } },
  {
    path: '/requests/new',
    name: 'new-request',
    component: NewRequestView,
    meta: { title: 'Request a new social media account' },
  },
  { path: '/requests/:id', name: 'request', component: RequestView, props: true, meta: { title: 'Account request' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundView, meta: { title: 'Page not found', public: true } },
]

/** Only paths inside this app are followed after signing in. @param {unknown} next */
export function safeNext(next) {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in')
    ? next
    : '/tasks'
}

/**
 * @param {import('vue-router').RouterHistory} [history]
 */
export function createAppRouter(history = createWebHistory()) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (to, from, saved) => saved ?? { top: 0 },
  })

  router.beforeEach(async (to) => {
    if (to.meta.public) return true
    try {
      const user = await loadUser()
      if (!user) return { name: 'sign-in', query: { next: to.fullPath } }
    } catch {
      // The server could not say who is signed in. Let the page load: its own
      // requests will show what went wrong.
    }
    return true
  })

  let first = true
  router.afterEach((to, from, failure) => {
    if (failure) return
    document.title = to.meta.title ? `${to.meta.title} – SocialGov` : 'SocialGov'
    if (first) {
      first = false
      return
    }
    // After moving to another page, start screen readers and keyboards at its content.
    nextTick(() => document.getElementById('main-content')?.focus({ preventScroll: true }))
  })

  // Any 401 from the API means the session has ended: go back to sign in.
  setUnauthorisedHandler(() => {
    sessionEnded()
    const current = router.currentRoute.value
    if (current.name !== 'sign-in') {
      router.push({ name: 'sign-in', query: { next: current.fullPath } })
    }
  })

  return router
}

import { nextTick } from 'vue'
import { createRouter, createWebHistory } from 'vue-router'
import { routes as accessRoutes } from './features/access/routes.js'
import { routes as accountRoutes } from './features/accounts/routes.js'
import { routes as auditRoutes } from './features/audit/routes.js'
import { routes as caseRoutes } from './features/cases/routes.js'
import { routes as harassmentRoutes } from './features/harassment/routes.js'
import { routes as identityRoutes } from './features/identity/routes.js'
import { loadUser, mayVisit, sessionEnded, useSession } from './features/identity/useSession.js'
import { routes as investigationRoutes } from './features/investigations/routes.js'
import { routes as notificationRoutes } from './features/notifications/routes.js'
import { routes as operationRoutes } from './features/operations/routes.js'
import { routes as registryRoutes } from './features/registry/routes.js'
import { routes as retentionRoutes } from './features/retention/routes.js'
import { routes as subjectAccessRoutes } from './features/subjectaccess/routes.js'
import { routes as taskRoutes } from './features/tasks/routes.js'
import { setUnauthorisedHandler } from './shared/apiClient.js'
import NotFoundView from './ui/NotFoundView.vue'

/** Shown instead of a page whose route is for groups the person is not in (see App.vue). */
export const FORBIDDEN_TITLE = 'You do not have permission to see this page'

/**
 * Every page: each feature declares its own in its routes.js. Pages other than the task list and
 * sign-in are loaded when they are first visited, so the first page needs only its own code.
 * @type {import('vue-router').RouteRecordRaw[]}
 */
export const routes = [
  { path: '/', redirect: '/tasks' },
  ...identityRoutes,
  ...taskRoutes,
  ...caseRoutes,
  ...accountRoutes,
  ...accessRoutes,
  ...investigationRoutes,
  ...harassmentRoutes,
  ...retentionRoutes,
  ...subjectAccessRoutes,
  ...registryRoutes,
  ...notificationRoutes,
  ...operationRoutes,
  ...auditRoutes,
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
      // A one-time password (create-admin) allows nothing but choosing one's own.
      if (user.mustChangePassword && to.name !== 'change-password') return { name: 'change-password' }
    } catch {
      // The server could not say who is signed in. Let the page load: its own
      // requests will show what went wrong.
    }
    return true
  })

  let first = true
  router.afterEach((to, from, failure) => {
    if (failure) return
    const title = mayVisit(to.meta, useSession().user.value) ? to.meta.title : FORBIDDEN_TITLE
    document.title = title ? `${title} – SocialGov` : 'SocialGov'
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

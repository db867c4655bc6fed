const StartView = () => import('./StartView.vue')

/** Where each kind of case is started (see caseKinds.js). @type {import('vue-router').RouteRecordRaw[]} */
export const routes = [
  { path: '/start', name: 'start', component: StartView, meta: { title: 'Start something new' } },
]

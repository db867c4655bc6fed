const NewRequestView = () => import('./NewRequestView.vue')
const RequestView = () => import('./RequestView.vue')
const RequestsView = () => import('./RequestsView.vue')

/** Requests for new social media accounts (P1). @type {import('vue-router').RouteRecordRaw[]} */
export const routes = [
  { path: '/requests', name: 'requests', component: RequestsView, meta: { title: 'Account requests' } },
  {
    path: '/requests/new',
    name: 'new-request',
    component: NewRequestView,
    meta: { title: 'Request a new social media account' },
  },
  { path: '/requests/:id', name: 'request', component: RequestView, props: true, meta: { title: 'Account request' } },
]

import { ADMINS } from '../identity/useSession.js'

const OperationsProcessView = () => import('./OperationsProcessView.vue')
const OperationsView = () => import('./OperationsView.vue')

/** How the processes are running, for administrators. @type {import('vue-router').RouteRecordRaw[]} */
export const routes = [
  { path: '/operations', name: 'operations', component: OperationsView, meta: { title: 'Operations', groups: [ADMINS] } },
  {
    path: '/operations/processes/:key',
    name: 'operations-process',
    component: OperationsProcessView,
    props: (route) => ({ processKey: String(route.params.key) }),
    meta: { title: 'Process', groups: [ADMINS] },
  },
]

import { INFORMATION_MANAGER } from '../identity/useSession.js'

const RetentionView = () => import('./RetentionView.vue')

/** The retention schedule and disposal records, which never show what a case holds. @type {import('vue-router').RouteRecordRaw[]} */
export const routes = [
  {
    path: '/retention',
    name: 'retention',
    component: RetentionView,
    meta: { title: 'Retention and disposal', groups: [INFORMATION_MANAGER] },
  },
]

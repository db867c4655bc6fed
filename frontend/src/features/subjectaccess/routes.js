import { INFORMATION_MANAGER } from '../identity/useSession.js'

const SubjectAccessView = () => import('./SubjectAccessView.vue')

/** Subject access requests (UK GDPR Article 15), for the Information Manager only. @type {import('vue-router').RouteRecordRaw[]} */
export const routes = [
  {
    path: '/subject-access',
    name: 'subject-access',
    component: SubjectAccessView,
    meta: { title: 'Subject access request', groups: [INFORMATION_MANAGER] },
  },
]

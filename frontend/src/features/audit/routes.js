import { ADMINS, AUDITORS } from '../identity/useSession.js'

const AuditView = () => import('./AuditView.vue')

/** Administrators may check the trail is intact; only internal audit may search it. @type {import('vue-router').RouteRecordRaw[]} */
export const routes = [
  { path: '/audit', name: 'audit', component: AuditView, meta: { title: 'Audit trail', groups: [AUDITORS, ADMINS] } },
]

import { MEMBERS, MONITORING_OFFICER } from '../identity/useSession.js'

const HarassmentReportsView = () => import('./HarassmentReportsView.vue')
const HarassmentReportView = () => import('./HarassmentReportView.vue')
const ReportHarassmentView = () => import('./ReportHarassmentView.vue')

/**
 * Harassment that councillors receive online (P5). Councillors report it and see their own
 * reports; the Monitoring Officer and deputy see them all, and may report for a councillor.
 * @type {import('vue-router').RouteRecordRaw[]}
 */
export const routes = [
  {
    path: '/harassment',
    name: 'harassment-reports',
    component: HarassmentReportsView,
    meta: { title: 'Harassment reports', groups: [MEMBERS, MONITORING_OFFICER] },
  },
  {
    path: '/harassment/new',
    name: 'report-harassment',
    component: ReportHarassmentView,
    meta: { title: 'Report harassment', groups: [MEMBERS, MONITORING_OFFICER] },
  },
  {
    path: '/harassment/:id',
    name: 'harassment-report',
    component: HarassmentReportView,
    props: true,
    meta: { title: 'Harassment report', groups: [MEMBERS, MONITORING_OFFICER] },
  },
]

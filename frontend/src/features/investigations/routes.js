const InvestigationsView = () => import('./InvestigationsView.vue')
const InvestigationView = () => import('./InvestigationView.vue')
const ReportBreachView = () => import('./ReportBreachView.vue')

/**
 * Suspected breaches of the policy (P4). Anyone signed in may report one and see where their
 * reports stand. HR, the Monitoring Officer and appointed investigators see investigations: the
 * server shows each only theirs, and refuses anyone else.
 * @type {import('vue-router').RouteRecordRaw[]}
 */
export const routes = [
  {
    path: '/report-breach',
    name: 'report-breach',
    component: ReportBreachView,
    meta: { title: 'Report a suspected breach of the social media policy' },
  },
  { path: '/investigations', name: 'investigations', component: InvestigationsView, meta: { title: 'Investigations' } },
  {
    path: '/investigations/:id',
    name: 'investigation',
    component: InvestigationView,
    props: true,
    meta: { title: 'Breach investigation' },
  },
]

import { nextTick } from 'vue'
import { createRouter, createWebHistory } from 'vue-router'
import SignInView from './features/identity/SignInView.vue'
import {
  ADMINS,
  AUDITORS,
  COMMS,
  INFORMATION_MANAGER,
  MEMBERS,
  MONITORING_OFFICER,
  loadUser,
  mayVisit,
  sessionEnded,
  useSession,
} from './features/identity/useSession.js'
import TasksView from './features/tasks/TasksView.vue'
import { setUnauthorisedHandler } from './shared/apiClient.js'
import NotFoundView from './ui/NotFoundView.vue'

// Each other page is loaded when it is first visited, so the first page needs only its own code.
const AccessView = () => import('./features/access/AccessView.vue')
const AuditView = () => import('./features/audit/AuditView.vue')
const AuthorisedUsersView = () => import('./features/registry/AuthorisedUsersView.vue')
const CertificationsView = () => import('./features/access/CertificationsView.vue')
const CertificationView = () => import('./features/access/CertificationView.vue')
const ChangePasswordView = () => import('./features/identity/ChangePasswordView.vue')
const DashboardView = () => import('./features/registry/DashboardView.vue')
const EmergencyView = () => import('./features/access/EmergencyView.vue')
const GrantView = () => import('./features/access/GrantView.vue')
const HarassmentReportsView = () => import('./features/harassment/HarassmentReportsView.vue')
const HarassmentReportView = () => import('./features/harassment/HarassmentReportView.vue')
const InvestigationsView = () => import('./features/investigations/InvestigationsView.vue')
const InvestigationView = () => import('./features/investigations/InvestigationView.vue')
const MessagesView = () => import('./features/notifications/MessagesView.vue')
const NewAccessView = () => import('./features/access/NewAccessView.vue')
const NewUserView = () => import('./features/identity/NewUserView.vue')
const NewRequestView = () => import('./features/accounts/NewRequestView.vue')
const OperationsProcessView = () => import('./features/operations/OperationsProcessView.vue')
const OperationsView = () => import('./features/operations/OperationsView.vue')
const OutboxView = () => import('./features/notifications/OutboxView.vue')
const RegistryAccountView = () => import('./features/registry/RegistryAccountView.vue')
const RegistryView = () => import('./features/registry/RegistryView.vue')
const ReportBreachView = () => import('./features/investigations/ReportBreachView.vue')
const ReportHarassmentView = () => import('./features/harassment/ReportHarassmentView.vue')
const RequestView = () => import('./features/accounts/RequestView.vue')
const RequestsView = () => import('./features/accounts/RequestsView.vue')
const RetentionView = () => import('./features/retention/RetentionView.vue')
const StartView = () => import('./features/cases/StartView.vue')
const SubstitutesView = () => import('./features/tasks/SubstitutesView.vue')
const TaskView = () => import('./features/tasks/TaskView.vue')
const UserView = () => import('./features/identity/UserView.vue')
const UsersView = () => import('./features/identity/UsersView.vue')

/** Shown instead of a page whose route is for groups the person is not in (see App.vue). */
export const FORBIDDEN_TITLE = 'You do not have permission to see this page'

/** @type {import('vue-router').RouteRecordRaw[]} */
export const routes = [
  { path: '/', redirect: '/tasks' },
  { path: '/sign-in', name: 'sign-in', component: SignInView, meta: { title: 'Sign in', public: true } },
  { path: '/tasks', name: 'tasks', component: TasksView, meta: { title: 'Your tasks' } },
  { path: '/tasks/:id', name: 'task', component: TaskView, props: true, meta: { title: 'Task' } },
  { path: '/start', name: 'start', component: StartView, meta: { title: 'Start something new' } },
  { path: '/requests', name: 'requests', component: RequestsView, meta: { title: 'Account requests' } },
  {
    path: '/requests/new',
    name: 'new-request',
    component: NewRequestView,
    meta: { title: 'Request a new social media account' },
  },
  { path: '/requests/:id', name: 'request', component: RequestView, props: true, meta: { title: 'Account request' } },
  // Temporary access to corporate accounts (D 2.9). Everyone signed in may ask; the server shows
  // each person only the grants they may see.
  { path: '/access', name: 'access', component: AccessView, meta: { title: 'Access to corporate accounts' } },
  {
    path: '/access/new',
    name: 'new-access',
    component: NewAccessView,
    meta: { title: 'Ask for access to a corporate account' },
  },
  {
    path: '/access/:id',
    name: 'access-grant',
    component: GrantView,
    props: true,
    meta: { title: 'Access to a corporate account' },
  },
  // Suspected breaches of the policy (P4). Anyone signed in may report one and see where their
  // reports stand. HR, the Monitoring Officer and appointed investigators see investigations: the
  // server shows each only theirs, and refuses anyone else.
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
  // Harassment that councillors receive online (P5). Councillors report it and see their own
  // reports; the Monitoring Officer and deputy see them all, and may report for a councillor.
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
  // The retention schedule and disposal records, which never show what a case holds.
  {
    path: '/retention',
    name: 'retention',
    component: RetentionView,
    meta: { title: 'Retention and disposal', groups: [INFORMATION_MANAGER] },
  },
  // Everyone signed in may look: the server shows each person only the accounts they may see.
  { path: '/registry', name: 'registry', component: RegistryView, meta: { title: 'Social media accounts' } },
  {
    path: '/registry/authorised-users',
    name: 'authorised-users',
    component: AuthorisedUsersView,
    meta: { title: 'Authorised users on a date', groups: [COMMS, AUDITORS] },
  },
  {
    path: '/registry/:id',
    name: 'registry-account',
    component: RegistryAccountView,
    props: true,
    meta: { title: 'Social media account' },
  },
  {
    path: '/dashboard',
    name: 'dashboard',
    component: DashboardView,
    meta: { title: 'Dashboard', groups: [COMMS, AUDITORS] },
  },
  // Emergency procedures (D 9): the communications team invoke and lift them; internal audit may look.
  {
    path: '/emergency',
    name: 'emergency',
    component: EmergencyView,
    meta: { title: 'Emergency procedures', groups: [COMMS, AUDITORS] },
  },
  // Certification of authorised users (D 2.3). The communications team start one and internal audit
  // may look at them all; each account's owner records decisions on the campaign's own page, where
  // the server shows them only their accounts.
  {
    path: '/certifications',
    name: 'certifications',
    component: CertificationsView,
    meta: { title: 'Certification of authorised users', groups: [COMMS, AUDITORS] },
  },
  {
    path: '/certifications/:id',
    name: 'certification',
    component: CertificationView,
    props: true,
    meta: { title: 'Certification' },
  },
  {
    path: '/account/password',
    name: 'change-password',
    component: ChangePasswordView,
    meta: { title: 'Change your password' },
  },
  {
    path: '/account/substitutes',
    name: 'substitutes',
    component: SubstitutesView,
    meta: { title: 'Out of office' },
  },
  { path: '/account/messages', name: 'messages', component: MessagesView, meta: { title: 'Your messages' } },
  { path: '/admin/users', name: 'users', component: UsersView, meta: { title: 'Users', groups: [ADMINS] } },
  { path: '/admin/users/new', name: 'new-user', component: NewUserView, meta: { title: 'Add a user', groups: [ADMINS] } },
  {
    path: '/admin/users/:username',
    name: 'user',
    component: UserView,
    props: true,
    meta: { title: 'Change a user', groups: [ADMINS] },
  },
  { path: '/operations', name: 'operations', component: OperationsView, meta: { title: 'Operations', groups: [ADMINS] } },
  {
    path: '/operations/processes/:key',
    name: 'operations-process',
    component: OperationsProcessView,
    props: (route) => ({ processKey: String(route.params.key) }),
    meta: { title: 'Process', groups: [ADMINS] },
  },
  { path: '/admin/outbox', name: 'outbox', component: OutboxView, meta: { title: 'Outbox', groups: [ADMINS] } },
  // Administrators may check the trail is intact; only internal audit may search it.
  { path: '/audit', name: 'audit', component: AuditView, meta: { title: 'Audit trail', groups: [AUDITORS, ADMINS] } },
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

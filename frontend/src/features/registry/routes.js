import { AUDITORS, COMMS } from '../identity/useSession.js'

const AuthorisedUsersView = () => import('./AuthorisedUsersView.vue')
const DashboardView = () => import('./DashboardView.vue')
const NewRegistryAccountView = () => import('./NewRegistryAccountView.vue')
const RegisterImportView = () => import('./RegisterImportView.vue')
const RegistryAccountView = () => import('./RegistryAccountView.vue')
const RegistryView = () => import('./RegistryView.vue')

/** @type {import('vue-router').RouteRecordRaw[]} */
export const routes = [
  // Everyone signed in may look: the server shows each person only the accounts they may see.
  { path: '/registry', name: 'registry', component: RegistryView, meta: { title: 'Social media accounts' } },
  {
    path: '/registry/authorised-users',
    name: 'authorised-users',
    component: AuthorisedUsersView,
    meta: { title: 'Authorised users on a date', groups: [COMMS, AUDITORS] },
  },
  {
    path: '/registry/new',
    name: 'registry-new',
    component: NewRegistryAccountView,
    meta: { title: 'Add an account', groups: [COMMS] },
  },
  {
    path: '/registry/import',
    name: 'registry-import',
    component: RegisterImportView,
    meta: { title: 'Import the register', groups: [COMMS] },
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
]

import { AUDITORS, COMMS } from '../identity/useSession.js'

const AccessView = () => import('./AccessView.vue')
const CertificationsView = () => import('./CertificationsView.vue')
const CertificationView = () => import('./CertificationView.vue')
const EmergencyView = () => import('./EmergencyView.vue')
const GrantView = () => import('./GrantView.vue')
const NewAccessView = () => import('./NewAccessView.vue')

/** @type {import('vue-router').RouteRecordRaw[]} */
export const routes = [
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
]

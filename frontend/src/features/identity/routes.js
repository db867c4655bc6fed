import SignInView from './SignInView.vue'
import { ADMINS } from './useSession.js'

const ChangePasswordView = () => import('./ChangePasswordView.vue')
const NewUserView = () => import('./NewUserView.vue')
const UserView = () => import('./UserView.vue')
const UsersView = () => import('./UsersView.vue')
const DirectoryImportView = () => import('./DirectoryImportView.vue')

/** Signing in, one's own password, and the administrators' users. @type {import('vue-router').RouteRecordRaw[]} */
export const routes = [
  { path: '/sign-in', name: 'sign-in', component: SignInView, meta: { title: 'Sign in', public: true } },
  {
    path: '/account/password',
    name: 'change-password',
    component: ChangePasswordView,
    meta: { title: 'Change your password' },
  },
  { path: '/admin/users', name: 'users', component: UsersView, meta: { title: 'Users', groups: [ADMINS] } },
  {
    path: '/admin/directory',
    name: 'directory-import',
    component: DirectoryImportView,
    meta: { title: 'Import the organisation directory', groups: [ADMINS] },
  },
  { path: '/admin/users/new', name: 'new-user', component: NewUserView, meta: { title: 'Add a user', groups: [ADMINS] } },
  {
    path: '/admin/users/:username',
    name: 'user',
    component: UserView,
    props: true,
    meta: { title: 'Change a user', groups: [ADMINS] },
  },
]

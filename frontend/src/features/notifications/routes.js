import { ADMINS } from '../identity/useSession.js'

const MessagesView = () => import('./MessagesView.vue')
const OutboxView = () => import('./OutboxView.vue')

/** Each person's messages, and the administrators' outbox. @type {import('vue-router').RouteRecordRaw[]} */
export const routes = [
  { path: '/account/messages', name: 'messages', component: MessagesView, meta: { title: 'Your messages' } },
  { path: '/admin/outbox', name: 'outbox', component: OutboxView, meta: { title: 'Outbox', groups: [ADMINS] } },
]

import TasksView from './TasksView.vue'

// The first page most people see is loaded with the app; each other page when it is first visited.
const TaskView = () => import('./TaskView.vue')
const SubstitutesView = () => import('./SubstitutesView.vue')

/** The work queue, a task's own page, and who covers for whom while someone is away. @type {import('vue-router').RouteRecordRaw[]} */
export const routes = [
  { path: '/tasks', name: 'tasks', component: TasksView, meta: { title: 'Your tasks' } },
  { path: '/tasks/:id', name: 'task', component: TaskView, props: true, meta: { title: 'Task' } },
  {
    path: '/account/substitutes',
    name: 'substitutes',
    component: SubstitutesView,
    meta: { title: 'Out of office' },
  },
]

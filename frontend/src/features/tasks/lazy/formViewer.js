// Loaded only on a task page with a form (see TaskForm.vue), so the first page stays small.
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css'
import './task-form.css'

export { Form } from '@bpmn-io/form-js-viewer'

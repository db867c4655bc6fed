// Loaded only when a task page shows its process diagram (see ProcessDiagram.vue).
import 'bpmn-js/dist/assets/diagram-js.css'
import 'bpmn-js/dist/assets/bpmn-js.css'
import './process-diagram.css'

export { default as NavigatedViewer } from 'bpmn-js/lib/NavigatedViewer'

/**
 * bpmn-js needs a real browser's SVG layout, which jsdom lacks: this stand-in for
 * ui/lazy/bpmnViewer.js records what is asked of it. In a spec:
 *
 *   const viewers = vi.hoisted(() => [])
 *   vi.mock('…/ui/lazy/bpmnViewer.js', async () =>
 *     (await import('…/test/fakeBpmnViewer.js')).fakeBpmnViewer({ viewers, names: { Task_Review: 'Review the request' } }))
 *
 * @param {{ viewers: any[], names: Record<string, string>, failImport?: { value: boolean } }} options
 *   `viewers`: each viewer made is added to it; `names`: the steps the diagram has, by id;
 *   `failImport`: while its value is true, drawing a diagram fails, as for XML that is not BPMN
 */
export function fakeBpmnViewer({ viewers, names, failImport = { value: false } }) {
  class NavigatedViewer {
    /** @param {{ container: HTMLElement }} options */
    constructor({ container }) {
      this.container = container
      this.imported = null
      this.markers = /** @type {[string, string][]} */ ([])
      this.overlays = /** @type {[string, any][]} */ ([])
      this.zooms = /** @type {unknown[]} */ ([])
      this.destroyed = false
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg')
      container.appendChild(svg)
      this.services = {
        canvas: {
          zoom: (/** @type {unknown} */ level) => (level === undefined ? 1 : this.zooms.push(level)),
          addMarker: (/** @type {string} */ id, /** @type {string} */ marker) => this.markers.push([id, marker]),
        },
        elementRegistry: {
          get: (/** @type {string} */ id) => (names[id] ? { id, businessObject: { name: names[id] } } : undefined),
        },
        overlays: {
          add: (/** @type {string} */ id, /** @type {any} */ overlay) => this.overlays.push([id, overlay]),
        },
      }
      viewers.push(this)
    }

    /** @param {string} xml */
    async importXML(xml) {
      if (failImport.value) throw new Error('Not BPMN')
      this.imported = xml
      return { warnings: [] }
    }

    /** @param {string} name */
    get(name) {
      return this.services[/** @type {keyof typeof this.services} */ (name)]
    }

    destroy() {
      this.destroyed = true
    }
  }
  return { NavigatedViewer }
}

// The few Node APIs a spec uses to read the app's style sheet (jsdom does not load CSS, and Vitest
// empties CSS imports): the project does not depend on @types/node for these alone.
declare module 'node:fs' {
  export function readFileSync(path: string, encoding: 'utf8'): string
}
declare module 'node:path' {
  export function resolve(...paths: string[]): string
}
/** The folder of the spec file: Vitest runs specs as CommonJS would, with __dirname set. */
declare const __dirname: string

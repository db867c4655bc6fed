// Removes web addresses (the "funding" links) from package-lock.json, so the
// committed lockfile names no hosts. npm ignores these fields when installing.
// Run after `npm install` changes the lockfile: npm run lockfile:strip-urls
import { readFileSync, writeFileSync } from 'node:fs'

const file = new URL('../package-lock.json', import.meta.url)
const lock = JSON.parse(readFileSync(file, 'utf8'))
let removed = 0
for (const entry of Object.values(lock.packages ?? {})) {
  if ('funding' in entry) {
    delete entry.funding
    removed++
  }
  if ('resolved' in entry) {
    delete entry.resolved
    removed++
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`)
const left = readFileSync(file, 'utf8').match(/https?:\/\//g)?.length ?? 0
console.log(`package-lock.json: removed ${removed} fields; ${left} web addresses left`)
if (left > 0) process.exitCode = 1

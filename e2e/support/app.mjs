// Starts the real application jar on a fresh embedded PostgreSQL in a temporary folder, on free
// ports, and stops it (and its database) when the tests end.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

async function waitUntilHealthy(baseUrl, process, log) {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (process.exitCode !== null) throw new Error(`The application stopped while starting:\n${log.join('')}`)
    try {
      const response = await fetch(`${baseUrl}/health`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`The application did not become healthy in 120 s:\n${log.join('')}`)
}

/** @returns {Promise<{ baseUrl: string, stop: () => Promise<void> }>} */
export async function startApplication() {
  const jar = process.env.SOCIALGOV_JAR
  if (!jar || !existsSync(jar)) throw new Error(`Set SOCIALGOV_JAR to the built application jar (got ${jar})`)
  const folder = mkdtempSync(join(tmpdir(), 'socialgov-e2e-'))
  const [port, databasePort] = [await freePort(), await freePort()]
  const log = []
  const child = spawn('java', ['-jar', jar], {
    env: {
      ...process.env,
      SOCIALGOV_PORT: String(port),
      SOCIALGOV_EMBEDDED_POSTGRES_PORT: String(databasePort),
      SOCIALGOV_EMBEDDED_POSTGRES_DATA_DIRECTORY: join(folder, 'postgres'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.on('data', (chunk) => log.push(chunk.toString()))
  child.stderr.on('data', (chunk) => log.push(chunk.toString()))
  const baseUrl = `http://localhost:${port}`
  await waitUntilHealthy(baseUrl, child, log)
  return {
    baseUrl,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        await exited
      }
      rmSync(folder, { recursive: true, force: true })
    },
  }
}

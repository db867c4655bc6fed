import { describe, expect, it } from 'vitest'
import { badRequest, fakeFetch, problem } from '../test/fakeFetch.js'
import { ApiError, api, setUnauthorisedHandler } from './apiClient.js'

describe('api client', () => {
  it('sends the XSRF-TOKEN cookie back as a header on a POST', async () => {
    document.cookie = 'XSRF-TOKEN=abc%2F123'
    const { calls } = fakeFetch({ 'POST /api/tasks/t1/claim': { status: 204 } })

    await expect(api.post('/api/tasks/t1/claim')).resolves.toBeNull()

    expect(calls).toHaveLength(1)
    expect(calls[0].headers.get('X-XSRF-TOKEN')).toBe('abc/123')
    expect(calls[0].credentials).toBe('same-origin')
  })

  it('asks for a CSRF cookie first when it has none', async () => {
    const { calls } = fakeFetch({
      'GET /api/auth/csrf': { status: 204, setCookie: 'XSRF-TOKEN=fresh' },
      'POST /api/account-requests': { status: 201, body: { id: 'r1' } },
    })

    await expect(api.post('/api/account-requests', { department: 'Libraries' })).resolves.toEqual({ id: 'r1' })

    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /api/auth/csrf', 'POST /api/account-requests'])
    expect(calls[1].headers.get('X-XSRF-TOKEN')).toBe('fresh')
    expect(calls[1].headers.get('Content-Type')).toBe('application/json')
    expect(calls[1].body).toEqual({ department: 'Libraries' })
  })

  it('sends FormData as multipart, leaving the Content-Type to the browser', async () => {
    document.cookie = 'XSRF-TOKEN=abc'
    const { calls } = fakeFetch({
      'POST /api/cases/account-request/r1/documents': { status: 201, body: { id: 'd1', fileName: 'branding.pdf' } },
    })
    const form = new FormData()
    form.append('file', new File(['%PDF-1.7'], 'branding.pdf', { type: 'application/pdf' }))
    form.append('description', 'Logo and colours')

    await expect(api.post('/api/cases/account-request/r1/documents', form)).resolves.toEqual({
      id: 'd1',
      fileName: 'branding.pdf',
    })

    expect(calls).toHaveLength(1)
    expect(calls[0].headers.get('X-XSRF-TOKEN')).toBe('abc')
    expect(calls[0].headers.has('Content-Type')).toBe(false)
    expect(calls[0].headers.get('Accept')).toContain('application/problem+json')
    expect(calls[0].rawBody).toBe(form)
    expect(calls[0].body.get('file').name).toBe('branding.pdf')
    expect(calls[0].body.get('description')).toBe('Logo and colours')
  })

  it('sends a body with its own content type as it is', async () => {
    document.cookie = 'XSRF-TOKEN=abc'
    const { calls } = fakeFetch({
      'POST /api/registry/activity-import': { body: { imported: 1, alreadyRecorded: 0 } },
    })
    const csv = 'platform,handle,date\nFACEBOOK,@AnytownLibraries,2026-11-27\n'

    await expect(api.post('/api/registry/activity-import', csv, { contentType: 'text/csv' })).resolves.toEqual({
      imported: 1,
      alreadyRecorded: 0,
    })

    expect(calls[0].headers.get('Content-Type')).toBe('text/csv')
    expect(calls[0].headers.get('X-XSRF-TOKEN')).toBe('abc')
    expect(calls[0].rawBody).toBe(csv)
  })

  it('does not send the header on a GET', async () => {
    document.cookie = 'XSRF-TOKEN=abc'
    const { calls } = fakeFetch({ 'GET /api/me': { body: { username: 'a' } } })
    await api.get('/api/me')
    expect(calls[0].headers.has('X-XSRF-TOKEN')).toBe(false)
  })

  it('turns a problem into an ApiError with its field errors', async () => {
    document.cookie = 'XSRF-TOKEN=abc'
    fakeFetch({
      'POST /api/account-requests': badRequest('department', 'Enter the department'),
    })

    const error = await api.post('/api/account-requests', {}).catch((e) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(400)
    expect(error.title).toBe('Bad Request')
    expect(error.errors).toEqual([{ field: 'department', message: 'Enter the department' }])
  })

  it('tells the app when the session has ended', async () => {
    const seen = []
    setUnauthorisedHandler((error, path) => seen.push([error.status, path]))
    fakeFetch({ 'GET /api/tasks': problem(401, 'Unauthorized') })

    await expect(api.get('/api/tasks?page=0&size=50')).rejects.toBeInstanceOf(ApiError)
    expect(seen).toEqual([[401, '/api/tasks?page=0&size=50']])
  })

  it('reports a network failure as status 0', async () => {
    fakeFetch({ 'GET /api/tasks': () => Promise.reject(new TypeError('Failed to fetch')) })
    // A rejected promise from the route becomes a rejected fetch.
    const error = await api.get('/api/tasks').catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(0)
  })
})

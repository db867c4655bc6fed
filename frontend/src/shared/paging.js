/**
 * Pages are counted from 1 in the address bar ("?page=2") and from 0 in the API.
 */

/** The API page for a `page` query value: "2" -> 1. Missing or odd values give 0. @param {unknown} value */
export function pageFromQuery(value) {
  const text = Array.isArray(value) ? value[0] : value
  const number = Number.parseInt(typeof text === 'string' ? text : '', 10)
  return Number.isFinite(number) && number > 1 ? number - 1 : 0
}

/** The `page` query value for an API page, or undefined for the first page. @param {number} page */
export function pageToQuery(page) {
  return page > 0 ? String(page + 1) : undefined
}

/**
 * A page of a list as the API answered it, with anything it left out filled in: no items, the page
 * and size asked for, and as many in all as the page holds.
 * @param {any} data
 * @param {number} page the page asked for
 * @param {number} size
 * @returns {import('./apiClient.js').Page<any>}
 */
export function pageOf(data, page, size) {
  const items = Array.isArray(data?.items) ? data.items : []
  return {
    items,
    page: typeof data?.page === 'number' ? data.page : page,
    size: typeof data?.size === 'number' ? data.size : size,
    total: typeof data?.total === 'number' ? data.total : items.length,
  }
}

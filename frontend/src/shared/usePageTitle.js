const SERVICE = 'SocialGov'

/**
 * Sets the browser tab title, "Your tasks – SocialGov". Keeps an "Error: " prefix
 * if the page is showing errors.
 * @param {string | null | undefined} title
 */
export function setPageTitle(title) {
  const hasError = document.title.startsWith('Error: ')
  const text = title ? `${title} – ${SERVICE}` : SERVICE
  document.title = hasError ? `Error: ${text}` : text
}

/**
 * What the certification page (CertificationView) and its parts share: the decisions offered,
 * how people and accounts are named, and the element ids of one person's fields.
 */

export const DECISIONS = [
  { value: 'KEEP', label: 'Keep' },
  { value: 'REMOVE', label: 'Remove' },
]

/** @param {any} account @returns {any[]} */
export const peopleOf = (account) => (Array.isArray(account?.people) ? account.people : [])

/**
 * Nobody certifies their own place on an account: someone else decides it.
 * @param {any} person @param {string | null | undefined} me the username of who is signed in
 */
export const isMe = (person, me) => person.username === me

/**
 * What is chosen for a person on one account, from what is chosen there by username; nothing yet
 * when there is nothing for them.
 * @param {Record<string, { decision: string, justification: string }> | undefined} choices
 * @param {string} username
 */
export const choiceFor = (choices, username) => choices?.[username] ?? { decision: '', justification: '' }

/** @param {any} person @returns {string} */
export const personName = (person) => person.userName || person.username

/** @param {any} account @returns {string} */
export const accountName = (account) => (account.platformLabel ? `${account.name} (${account.platformLabel})` : account.name)

/** @param {string | null | undefined} decision */
export const decisionLabel = (decision) => DECISIONS.find((d) => d.value === decision)?.label ?? 'Not decided'

/** Element ids for one person's fields. @param {number} a @param {number} p @param {'decision' | 'justification'} field */
export const fieldKey = (a, p, field) => `account-${a}-person-${p}-${field}`

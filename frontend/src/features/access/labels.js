/** Words shown to people for the codes of temporary access to corporate accounts (D 2.9). */

/**
 * Where a grant of temporary access to corporate accounts stands (D 2.9), in the order it
 * moves, named as the API names it. Coloured as account requests are: yellow for the person
 * asking or their line manager to act, blue for the communications team; orange for access
 * paused, red a refusal and grey the end.
 */
export const GRANT_STATUSES = [
  { value: 'REQUESTED', label: 'Waiting for the line manager', colour: 'yellow' },
  { value: 'ENDORSED', label: 'Waiting for the communications team', colour: 'blue' },
  { value: 'APPROVED', label: 'Waiting for the statement to be signed', colour: 'yellow' },
  { value: 'SIGNED', label: 'Waiting for access to be given', colour: 'blue' },
  { value: 'ACTIVE', label: 'Active', colour: 'green' },
  { value: 'SUSPENDED', label: 'Suspended', colour: 'orange' },
  { value: 'NOT_ENDORSED', label: 'Not endorsed', colour: 'red' },
  { value: 'REJECTED', label: 'Rejected', colour: 'red' },
  { value: 'REVOKED', label: 'Removed', colour: 'grey' },
  { value: 'EXPIRED', label: 'Expired', colour: 'grey' },
]

/**
 * A corporate account as people know it: "Anytown Council (Facebook, @AnytownCouncil)",
 * or without its handle "Anytown Council (Facebook)".
 * @param {{ name?: string | null, platformLabel?: string | null, handle?: string | null } | null | undefined} account
 * @param {{ handle?: boolean }} [options]
 */
export function corporateAccountLabel(account, { handle = true } = {}) {
  const name = account?.name ?? ''
  const details = [account?.platformLabel, handle ? account?.handle : null].filter(Boolean)
  return details.length ? `${name} (${details.join(', ')})` : name
}

/** Words shown to people for the council's groups and users. */

/** The council's groups, in the order they are offered. */
export const GROUPS = [
  { value: 'staff', label: 'Staff' },
  { value: 'service-managers', label: 'Service managers' },
  { value: 'comms', label: 'Communications team' },
  { value: 'hr', label: 'HR' },
  { value: 'monitoring-officer', label: 'Monitoring Officer' },
  { value: 'deputy-monitoring-officer', label: 'Deputy Monitoring Officer' },
  { value: 'information-manager', label: 'Information Manager' },
  { value: 'members', label: 'Councillors' },
  { value: 'auditors', label: 'Internal audit' },
  { value: 'admins', label: 'System administrators' },
]

/** @param {string | null | undefined} group */
export function groupLabel(group) {
  return GROUPS.find((g) => g.value === group)?.label ?? String(group ?? '')
}

/**
 * A user's status for the user list. An account that cannot sign in is shown as
 * disabled even when it is also locked, because unlocking it would not help.
 * @param {{ enabled?: boolean, locked?: boolean }} user
 */
export function userStatusTag(user) {
  if (user.enabled === false) return { label: 'Disabled', colour: 'grey' }
  if (user.locked) return { label: 'Locked', colour: 'red' }
  return { label: 'Active', colour: 'green' }
}

/** Words shown to people for the codes of the retention schedule. */

/**
 * Where a closed case's records stand in the retention schedule, named as the API names them:
 * kept (blue), due to be destroyed (yellow), kept because of a legal hold (orange), destroyed (grey).
 */
export const RETENTION_STATUSES = [
  { value: 'RETAINED', label: 'Retained', colour: 'blue' },
  { value: 'DUE', label: 'Due for disposal', colour: 'yellow' },
  { value: 'ON_HOLD', label: 'On legal hold', colour: 'orange' },
  { value: 'DISPOSED', label: 'Destroyed', colour: 'grey' },
]

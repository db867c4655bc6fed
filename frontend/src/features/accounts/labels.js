/** Words shown to people for the codes of account requests (P1). */

/** Values sent as `kind` in a new account request. */
export const KINDS = [
  { value: 'DEPARTMENTAL', label: 'Departmental', hint: 'An account for the service, kept for as long as it is needed' },
  { value: 'CAMPAIGN', label: 'Campaign', hint: 'An account for one campaign, closed when the campaign ends' },
]

/** The ten business-case questions, in the order they are asked. */
export const BUSINESS_CASE_QUESTIONS = [
  { key: 'objectives', label: "What are the account's objectives?" },
  { key: 'strategyFit', label: "How does it fit the service's communications and marketing strategy?" },
  { key: 'audience', label: 'Who is the audience?' },
  { key: 'excludedAudiences', label: 'Who might be excluded, and how will you reach them?' },
  { key: 'resourcing', label: 'What staff time will you give it, and how quickly will you respond?' },
  { key: 'negativeResponses', label: 'How will you handle negative responses?' },
  { key: 'skills', label: 'What skills do the people posting have?' },
  { key: 'risks', label: 'What are the risks and how will you reduce them?' },
  { key: 'evaluation', label: 'How will you measure return on investment?' },
  { key: 'exitStrategy', label: 'What is your exit strategy?' },
]

/**
 * Where an account request stands, in the order it moves, named as the API names it.
 * The colour says who has to act: blue the communications team, yellow the department (its head first);
 * green is good news, red a refusal and grey the end.
 */
export const REQUEST_STATUSES = [
  { value: 'AWAITING_ENDORSEMENT', label: 'Waiting for the head of department to endorse it', colour: 'yellow' },
  { value: 'SUBMITTED', label: 'Awaiting review', colour: 'blue' },
  { value: 'INFORMATION_REQUESTED', label: 'Waiting for more information', colour: 'yellow' },
  { value: 'APPROVED', label: 'Approved: waiting for branding', colour: 'green' },
  { value: 'BRANDING_APPROVED', label: 'Branding approved: waiting for set-up', colour: 'yellow' },
  { value: 'SET_UP', label: 'Set up: waiting for activation', colour: 'blue' },
  { value: 'ACTIVE', label: 'Active', colour: 'green' },
  { value: 'CLOSED', label: 'Closed', colour: 'grey' },
  { value: 'REJECTED', label: 'Rejected', colour: 'red' },
  { value: 'NOT_ENDORSED', label: 'Not endorsed by the head of department', colour: 'red' },
  { value: 'WITHDRAWN', label: 'Withdrawn', colour: 'grey' },
  { value: 'EXPIRED', label: 'Expired', colour: 'grey' },
]

/**
 * Records as the API sends them, with every field a page reads: a spec names only the fields its
 * story is about, and the rest stay as here.
 */

/**
 * An access grant Priya Shah has just asked for, waiting for her line manager (GET /api/access-grants/{id}).
 * @template {Record<string, unknown>} [F={}]
 * @param {F} [fields]
 */
export const accessGrant = (fields) => ({
  id: 'g-1',
  reference: 'AG-2026-0001',
  grantee: 'priya.shah',
  granteeName: 'Priya Shah',
  accounts: [],
  status: 'REQUESTED',
  statusLabel: 'Waiting for the line manager',
  requestedEndDate: '2027-02-27',
  agreedEndDate: null,
  requestedAt: '2026-11-20T09:00:00Z',
  requestedBy: 'priya.shah',
  requestedByName: 'Priya Shah',
  lineManager: 'omar.said',
  lineManagerName: 'Omar Said',
  purpose: 'Library events over the winter',
  intendedUse: 'Posting event updates twice a week',
  specificTerms: null,
  decisionReason: null,
  decidedBy: null,
  activatedAt: null,
  endedAt: null,
  endReason: null,
  statement: { version: '2026-1', text: 'I will post only for the purpose agreed.' },
  signatures: [],
  mayRemove: false,
  ...fields,
})

/**
 * Harassment the councillor has just reported themselves: nobody has done anything yet
 * (GET /api/harassment-reports/{id}).
 * @template {Record<string, unknown>} [F={}]
 * @param {F} [fields]
 */
export const harassmentReport = (fields) => ({
  id: 'h-1',
  reference: 'HR-2026-0001',
  member: 'cllr.jones',
  memberName: 'Councillor Jones',
  reportedBy: 'cllr.jones',
  reportedByName: 'Councillor Jones',
  reportedAt: '2026-11-20T09:00:00Z',
  platform: 'X_TWITTER',
  platformLabel: 'X (Twitter)',
  offendingAccounts: '@troll123\n@another_account',
  description: 'Said they know where I live',
  postLinks: [],
  immediateDanger: false,
  informGroupLeader: false,
  policeTold: false,
  crimeReference: null,
  status: 'REPORTED',
  statusLabel: 'Reported',
  riskLevel: null,
  riskLabel: null,
  triageNotes: null,
  actions: [],
  followUp: null,
  outcome: null,
  closedAt: null,
  retention: null,
  ...fields,
})

/**
 * A suspected breach of the policy by an employee, under investigation (GET /api/investigations/{id}).
 * @template {Record<string, unknown>} [F={}]
 * @param {F} [fields]
 */
export const investigation = (fields) => ({
  id: 'inv-1',
  reference: 'BR-2026-0001',
  subjectKind: 'EMPLOYEE',
  subject: 'alex.morgan',
  subjectName: 'Alex Morgan',
  lineManager: 'omar.said',
  lineManagerName: 'Omar Said',
  clauses: [],
  description: 'Posted threats',
  postLinks: [],
  reportedBy: 'priya.shah',
  reportedByName: 'Priya Shah',
  reportedAt: '2026-11-20T09:00:00Z',
  status: 'UNDER_INVESTIGATION',
  statusLabel: 'Under investigation',
  retention: null,
  holds: [],
  notes: [],
  mayAddNotes: false,
  mayPlaceHold: false,
  ...fields,
})

/**
 * A request for a Libraries account on Facebook, just sent by Priya Shah (GET /api/account-requests/{id}).
 * @template {Record<string, unknown>} [F={}]
 * @param {F} [fields]
 */
export const accountRequest = (fields) => ({
  id: 'req-1',
  reference: 'AR-2026-0001',
  department: 'Libraries',
  kind: 'DEPARTMENTAL',
  campaignEndDate: null,
  platform: 'FACEBOOK',
  proposedName: 'Anytown Libraries',
  businessCase: { objectives: 'Tell people about events' },
  proposedUsers: ['priya.shah'],
  status: 'SUBMITTED',
  rejectionReason: null,
  submittedBy: 'priya.shah',
  submittedAt: '2026-11-20T09:00:00Z',
  ...fields,
})

/**
 * A certification (the check of who still needs each account) that is open until 18 December.
 * @template {Record<string, unknown>} [F={}]
 * @param {F} [fields]
 */
export const certification = (fields) => ({
  id: 'c-2',
  reference: 'CE-2026-0002',
  startedAt: '2026-11-27T14:05:00Z',
  dueDate: '2026-12-18',
  closedAt: null,
  ...fields,
})

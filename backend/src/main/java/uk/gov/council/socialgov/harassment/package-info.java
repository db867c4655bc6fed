/**
 * Harassment reports by councillors (PROCESSES.md P5): the report, the urgent path for someone in
 * immediate danger, the Monitoring Officer's triage and the actions it starts, the two-week
 * follow-up and closure. Only the councillor and the Monitoring Officer see a report; the
 * communications team sees only the accounts and links it must report or block.
 */
package uk.gov.council.socialgov.harassment;

/**
 * P1: departments request new social media accounts (a member of staff's request first endorsed by the head of their
 * department in the organisation directory) and the communications team decides (policy D 6.1).
 */
package uk.gov.council.socialgov.accounts;

/**
 * P3 temporary access to the council's corporate accounts (policy D 2.9): request, endorsement by the
 * grantee's line manager in the organisation directory (or the head of their department), the
 * communications team's decision, the signed statement, provisioning, review at the end date, and
 * removal; each grant's periods in the registry's authorised users.
 */
package uk.gov.council.socialgov.access;

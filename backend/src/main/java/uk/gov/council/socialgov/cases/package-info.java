/**
 * What every case page shares, whatever its kind: header, open tasks, timeline and documents.
 * Features that own cases (account requests, investigations, ...) provide a {@link uk.gov.council.socialgov.cases.CaseType}
 * that says who may read a case; this package never decides that itself.
 */
package uk.gov.council.socialgov.cases;

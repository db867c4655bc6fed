/** The append-only record of every change and every read of case content, in a keyed hash chain anchored outside the database. */
package uk.gov.council.socialgov.audit;

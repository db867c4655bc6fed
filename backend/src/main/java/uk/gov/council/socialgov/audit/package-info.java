/** The append-only, hash-chained record of every change and every read of case content. */
package uk.gov.council.socialgov.audit;

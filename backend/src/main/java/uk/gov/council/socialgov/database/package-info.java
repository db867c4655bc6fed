/** Starts the embedded PostgreSQL server when no external database is configured. */
package uk.gov.council.socialgov.database;

/** Flyway Java migrations that create and upgrade the engine's tables from the scripts Camunda ships. */
package uk.gov.council.socialgov.workflow.schema;

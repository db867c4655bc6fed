/** Runs the Camunda 7 engine inside Micronaut: one transaction with the domain, beans as delegates, deployment and jobs. */
package uk.gov.council.socialgov.workflow;

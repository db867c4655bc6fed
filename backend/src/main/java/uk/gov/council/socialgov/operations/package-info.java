/** The administrators' view of the engine: how many cases run where, incidents and retries, never case content. */
package uk.gov.council.socialgov.operations;

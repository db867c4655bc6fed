/** P1: departments request new social media accounts and the communications team decides (policy D 6.1). */
package uk.gov.council.socialgov.accounts;

/**
 * Breach investigations (PROCESSES.md P4): reports of suspected breaches of the social media
 * policy by employees (HR, the ACAS Code) and by councillors (the Monitoring Officer, the Localism
 * Act 2011 arrangements), the case record each step adds to, and who may see it. Evidence and its
 * retention belong to their own features.
 */
package uk.gov.council.socialgov.investigations;

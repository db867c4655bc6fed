/** Cross-cutting web concerns: problem+json errors, CSRF protection, security headers and the single-page app. */
package uk.gov.council.socialgov.web;

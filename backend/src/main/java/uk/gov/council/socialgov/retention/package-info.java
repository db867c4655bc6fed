/**
 * Retention and disposal of evidence (policy B 3.10, C 2.16): when a closed case's evidence falls
 * due (decided by processes/retention.dmn), legal holds that stop its disposal, the Information
 * Manager's authorisation, the destruction itself and the disposal records that remain.
 */
package uk.gov.council.socialgov.retention;

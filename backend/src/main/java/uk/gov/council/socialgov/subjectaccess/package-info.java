/**
 * Subject access requests (UK GDPR Article 15): the Information Manager finds every record about a
 * person, sees what each holds about them, chooses which other people's names to redact, and
 * downloads one ZIP of the data with a PDF summary; never a case they are kept out of or involved in.
 */
package uk.gov.council.socialgov.subjectaccess;

/**
 * Evidence: retained copies of posts (platform, address, author, text, screenshots) kept on a case
 * for a hearing or a court. Hashes are computed here, sealed records never change, every look at
 * them is in the audit trail (the chain of custody), and at the end of retention only their
 * content is destroyed: the hashes stay as a tombstone.
 */
package uk.gov.council.socialgov.evidence;

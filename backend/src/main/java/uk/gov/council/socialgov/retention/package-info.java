/**
 * Retention and disposal of cases (UK GDPR storage limitation; policy B 3.10, C 2.16, D 5.6): every kind of
 * case goes on the schedule when it closes, for the period processes/retention.dmn gives it; legal holds stop
 * its disposal; the Information Manager authorises it, many at once; the whole case is destroyed and a
 * tombstone with the hashes of what was destroyed remains (decision 0027).
 */
package uk.gov.council.socialgov.retention;

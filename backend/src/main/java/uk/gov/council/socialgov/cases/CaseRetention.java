package uk.gov.council.socialgov.cases;

/**
 * Puts a closed case on the retention schedule for the period the schedule gives its kind and outcome
 * (UK GDPR storage limitation; policy B 3.10, C 2.16). The retention feature answers; a feature calls it
 * in the transaction that closes the case. A case already on the schedule stays as it is.
 */
public interface CaseRetention {

    void closed(ClosedCase closed);
}

package uk.gov.council.socialgov.accounts;

final class SampleBusinessCase {

    static final BusinessCase VALID = new BusinessCase("Promote events", "Fits the comms plan", "Local firms",
            "Firms offline, via newsletter", "Two officers, one working day", "Moderation guidance",
            "Trained officers", "Cover for leave", "Sign-ups per quarter", "Close and redirect");

    private SampleBusinessCase() {
    }
}

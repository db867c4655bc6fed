package uk.gov.council.socialgov.policy;

/** The platforms the policy names (D 6.1 requests say which one). */
public enum Platform {
    X_TWITTER("X (Twitter)"),
    FACEBOOK("Facebook"),
    INSTAGRAM("Instagram"),
    YOUTUBE("YouTube"),
    LINKEDIN("LinkedIn"),
    WHATSAPP("WhatsApp"),
    OTHER("Other");

    private final String label;

    Platform(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package uk.gov.council.socialgov.registry;

/** A departmental account lasts; a campaign account closes when its campaign ends (D 2.4). */
public enum AccountKind {
    DEPARTMENTAL, CAMPAIGN
}

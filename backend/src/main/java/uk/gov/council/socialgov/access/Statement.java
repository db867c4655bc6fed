package uk.gov.council.socialgov.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The short statement a person signs before using a corporate account (policy D 2.9): the standard
 * do's and don'ts, then the ones the communications team set for this grant. A change to the
 * standard text needs a new version, so every signature says which text it was.
 */
@Serdeable
record Statement(String version, String text) {

    static final String VERSION = "2026-1";

    private static final String STANDARD = """
            Using the council's corporate social media accounts: statement of use (policy D 2.9)

            I have been given temporary access to post from the council's corporate accounts named in this grant. \
            I will use them only as this statement and the council's social media policy say.

            I will:
            - post only for the purpose agreed, in the council's tone of voice (policy D 3);
            - keep the password to myself, and never share it or store it where others can see it (D 2.3);
            - check facts, spelling and links before posting, and ask the Policy and Communications Team when in doubt;
            - tell the Policy and Communications Team at once about any mistake, abuse or security problem.

            I will not:
            - post my personal opinions, or anything political, discriminatory, defamatory or confidential;
            - use the account to look at service users' profiles covertly (D 2.10);
            - argue with anyone, or answer complaints except as the Policy and Communications Team agrees;
            - use the account after my access has ended.

            I understand that my access is temporary, will be reviewed at its end date, and will be withdrawn \
            if I use the account in a way this statement does not allow.""";

    /** The statement for a grant with these specific terms (none: the standard text alone). */
    static Statement forTerms(@Nullable String specificTerms) {
        return new Statement(VERSION, specificTerms == null || specificTerms.isBlank() ? STANDARD
                : STANDARD + "\n\nFor this grant, the Policy and Communications Team also asks:\n" + specificTerms.strip());
    }
}

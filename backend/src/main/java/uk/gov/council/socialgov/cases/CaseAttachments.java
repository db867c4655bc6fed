package uk.gov.council.socialgov.cases;

import jakarta.inject.Singleton;

/** What a process step may ask about a case's documents without reading them. */
@Singleton
public class CaseAttachments {

    private final CaseDocumentStore store;

    CaseAttachments(CaseDocumentStore store) {
        this.store = store;
    }

    /** How many PNG or JPEG images are attached to the case. */
    public long images(String caseType, String caseId) {
        return store.of(caseType, caseId).stream()
                .filter(document -> document.mediaType().equals("image/png") || document.mediaType().equals("image/jpeg"))
                .count();
    }
}

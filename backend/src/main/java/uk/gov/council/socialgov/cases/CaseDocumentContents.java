package uk.gov.council.socialgov.cases;

import jakarta.inject.Singleton;

import java.util.List;

/** A case's documents for a subject access request: each file's name, description and when it was added. */
@Singleton
class CaseDocumentContents implements CaseContents {

    private final CaseDocumentStore documents;

    CaseDocumentContents(CaseDocumentStore documents) {
        this.documents = documents;
    }

    @Override
    public List<PersonalRecords.Field> on(String caseType, String caseId) {
        return documents.of(caseType, caseId).stream()
                .map(document -> new PersonalRecords.Field("Document", document.fileName()
                        + (document.description() == null || document.description().isBlank() ? "" : ": " + document.description())
                        + " (added " + PersonalRecords.day(document.uploadedAt()) + ")"))
                .toList();
    }
}

package uk.gov.council.socialgov.evidence;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.cases.CaseContents;
import uk.gov.council.socialgov.cases.PersonalRecords;

import java.util.ArrayList;
import java.util.List;

/** The posts kept as evidence on a case, for a subject access request: each post's address, author, text and file names. */
@Singleton
class EvidenceContents implements CaseContents {

    private final EvidenceStore store;

    EvidenceContents(EvidenceStore store) {
        this.store = store;
    }

    @Override
    public List<PersonalRecords.Field> on(String caseType, String caseId) {
        List<PersonalRecords.Field> fields = new ArrayList<>();
        for (EvidenceItem item : store.items(caseType, caseId)) {
            if (item.disposed()) {
                fields.add(new PersonalRecords.Field("Post " + item.number(), "Destroyed at the end of retention on "
                        + PersonalRecords.day(item.disposedAt())));
                continue;
            }
            StringBuilder post = new StringBuilder(item.platformLabel());
            if (item.url() != null) {
                post.append(", ").append(item.url());
            }
            if (item.authorHandle() != null) {
                post.append(", posted by ").append(item.authorHandle());
            }
            if (item.text() != null) {
                post.append(": ").append(item.text());
            }
            item.files().stream().filter(file -> file.fileName() != null)
                    .forEach(file -> post.append("\nFile: ").append(file.fileName()));
            fields.add(new PersonalRecords.Field("Post " + item.number() + " kept as evidence", post.toString()));
        }
        return fields;
    }
}

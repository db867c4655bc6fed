package uk.gov.council.socialgov.accounts;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.cases.PersonalRecords;

import java.util.List;
import java.util.Optional;

/** What account requests hold about a person: requests they made, endorsed or are proposed for, and names in their text. */
@Singleton
class AccountRequestRecords implements PersonalRecords {

    private final AccountRequestStore requests;
    private final AccountRequestNoteStore notes;

    AccountRequestRecords(AccountRequestStore requests, AccountRequestNoteStore notes) {
        this.requests = requests;
        this.notes = notes;
    }

    @Override
    public List<Held> about(Sought person) {
        return requests.about(person.username(), person.names()).stream()
                .map(requests::findById).flatMap(Optional::stream)
                .map(request -> held(request, person)).flatMap(Optional::stream)
                .toList();
    }

    private Optional<Held> held(AccountRequest request, Sought person) {
        BusinessCase answers = request.getBusinessCase();
        Finding finding = new Finding(person, AccountRequestProcess.CASE.name(), "Account request", request.getId().toString(),
                request.getReference(), request.getStatus().label())
                .person("Requester", "Requested by", request.getSubmittedBy())
                .person("Endorser", "Endorsed by", request.getEndorser())
                .involving(request.getSubmittedBy());
        request.getProposedUsers().forEach(user -> finding.person("Proposed authorised user", "Proposed authorised user", user));
        if (finding.hasPart()) {
            finding.detail("Requested on", PersonalRecords.day(request.getSubmittedAt()))
                    .detail("Department", request.getDepartment());
        }
        finding.text("Proposed name", request.getProposedName())
                .text("Objectives", answers.objectives())
                .text("Fit with the communications strategy", answers.strategyFit())
                .text("Audience", answers.audience())
                .text("Who is excluded", answers.excludedAudiences())
                .text("Staff resources and response times", answers.resourcing())
                .text("Handling negative responses", answers.negativeResponses())
                .text("Communicators' skills", answers.skills())
                .text("Risks and mitigations", answers.risks())
                .text("Return on investment and evaluation", answers.evaluation())
                .text("Exit strategy", answers.exitStrategy())
                .text("Reason for rejection", request.getRejectionReason());
        notes.findByRequestIdOrderByWrittenAt(request.getId())
                .forEach(note -> finding.text("Note of " + PersonalRecords.day(note.writtenAt()), note.body()));
        return finding.held();
    }
}

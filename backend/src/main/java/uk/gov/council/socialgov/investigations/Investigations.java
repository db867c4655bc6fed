package uk.gov.council.socialgov.investigations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.cases.CaseAccess;
import uk.gov.council.socialgov.cases.CaseStarts;
import uk.gov.council.socialgov.database.Page;
import uk.gov.council.socialgov.identity.CaseExclusions;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.identity.Groups;
import uk.gov.council.socialgov.retention.Retention;
import uk.gov.council.socialgov.web.ConflictException;
import uk.gov.council.socialgov.web.FieldError;
import uk.gov.council.socialgov.web.ForbiddenException;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.web.NotFoundException;
import uk.gov.council.socialgov.web.WebAddress;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Reports a suspected breach and starts its investigation in one transaction; shows each case only
 * to those who deal with it (ROLES.md), and its status only to the person who reported it.
 */
@Singleton
class Investigations {

    static final String CASE_TYPE = BreachInvestigationProcess.CASE_KIND;

    @Serdeable
    record Options(List<Choice> subjectKinds, List<BreachClauses.Clause> clauses, List<Person> people) {
    }

    @Serdeable
    record Choice(String value, String label) {
    }

    @Serdeable
    record Person(String username, String displayName, boolean member) {
    }

    private final BreachCaseStore store;
    private final Directory directory;
    private final CaseExclusions exclusions;
    private final AuditTrail audit;
    private final Retention retention;
    private final BreachInvestigationCases needToKnow;
    private final CaseStarts starts;
    private final CaseAccess cases;

    Investigations(BreachCaseStore store, Directory directory,
                   CaseExclusions exclusions, AuditTrail audit, Retention retention, BreachInvestigationCases needToKnow,
                   CaseStarts starts, CaseAccess cases) {
        this.store = store;
        this.directory = directory;
        this.exclusions = exclusions;
        this.audit = audit;
        this.retention = retention;
        this.needToKnow = needToKnow;
        this.starts = starts;
        this.cases = cases;
    }

    @Transactional
    Options options() {
        Set<String> seen = new HashSet<>();
        List<Directory.Person> everyone = Stream.concat(Groups.ALL.stream().flatMap(group -> directory.membersOf(group).stream()),
                        directory.inTheDirectory().stream())
                .filter(person -> seen.add(person.username()))
                .sorted(Comparator.comparing(Directory.Person::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
        return new Options(Arrays.stream(SubjectKind.values()).map(kind -> new Choice(kind.name(), kind.label())).toList(),
                BreachClauses.ALL,
                everyone.stream().map(p -> new Person(p.username(), p.displayName(), p.councillor())).toList());
    }

    /** Opens the case, or returns the one an earlier send with the same Idempotency-Key opened. */
    @Transactional
    BreachCase report(ReportBreach form, CurrentUser user, @Nullable String idempotencyKey) {
        Optional<String> earlier = starts.earlierCase(idempotencyKey, user);
        if (earlier.isPresent()) {
            return store.find(UUID.fromString(earlier.get())).orElseThrow();
        }
        List<FieldError> errors = new ArrayList<>();
        SubjectKind kind = Arrays.stream(SubjectKind.values()).filter(k -> k.name().equals(form.subjectKind())).findFirst().orElse(null);
        if (kind == null) {
            errors.add(new FieldError("subjectKind", "Select whether it is about an employee or a councillor"));
        }
        String subject = form.subject().strip().toLowerCase(Locale.ROOT);
        Optional<Directory.Person> subjectPerson = directory.find(subject);
        if (subjectPerson.isEmpty()) {
            errors.add(new FieldError("subject", "Select who the report is about from the list"));
        } else if (subject.equals(user.username())) {
            errors.add(new FieldError("subject", "You cannot report yourself here; talk to your line manager or HR"));
        } else if (kind != null && (kind == SubjectKind.MEMBER) != subjectPerson.get().councillor()) {
            errors.add(new FieldError("subject", kind == SubjectKind.MEMBER ? "Select a councillor" : "Select an employee, not a councillor"));
        }
        // The employee's line manager as the directory records them; none is no reason to turn the report away.
        String lineManager = kind == SubjectKind.EMPLOYEE && subjectPerson.isPresent() ? directory.lineManagerOf(subject).orElse(null) : null;
        List<String> clauses = List.copyOf(new LinkedHashSet<>(form.clauses()));
        for (int i = 0; i < clauses.size(); i++) {
            Optional<BreachClauses.Clause> clause = BreachClauses.find(clauses.get(i));
            if (clause.isEmpty() || (kind != null && clause.get().subjectKind() != kind)) {
                errors.add(new FieldError("clauses[" + i + "]", "Select a part of the policy from the list"));
            }
        }
        List<String> links = WebAddress.links(form.postLinks(), "postLinks", errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        var now = EngineClock.now();
        String reference = BreachInvestigationProcess.CASE.reference(now, store.nextNumber());
        var found = BreachCase.reported(UUID.randomUUID(), reference, new BreachCase.Reported(kind, subject, lineManager, clauses,
                form.description().strip(), links, user.username(), now));
        store.insert(found);
        String id = found.id().toString();
        exclusions.excludeInvolved(CASE_TYPE, id, subject, "The person the report is about", user.username());
        exclusions.excludeInvolved(CASE_TYPE, id, user.username(), "The person who reported it sees only its status", user.username());
        String instance = starts.of(BreachInvestigationProcess.CASE, id, reference)
                .titled("Suspected breach by " + subjectPerson.get().displayName())
                .involving(List.of(subject, user.username()))
                .with(BreachInvestigationProcess.VAR_SUBJECT_KIND, kind.name())
                .audited("BREACH_REPORTED", kind.label() + "; " + String.join(", ", clauses))
                .start(user, idempotencyKey);
        store.startedAs(found.id(), instance);
        return store.find(found.id()).orElseThrow();
    }

    @Transactional
    List<InvestigationView.Report> reportedBy(CurrentUser user) {
        return store.reportedBy(user.username()).stream().map(InvestigationView.Report::of).toList();
    }

    /** The kinds of case this person deals with because of their group; investigators see their own cases besides. */
    static List<SubjectKind> kindsFor(CurrentUser user) {
        return Arrays.stream(SubjectKind.values()).filter(kind -> user.isIn(kind.group())).toList();
    }

    /** Each listed case's read is audited, as opening it is. */
    @Transactional
    Page<BreachCase> list(CurrentUser user, int page, int size) {
        Page<BreachCase> found = store.readableBy(user.username(), kindsFor(user), page, size);
        found.items().forEach(c -> audit.record(AuditEvent.onCase("BREACH_CASE_LISTED", CASE_TYPE, c.id().toString(), c.reference(), null)));
        return found;
    }

    @Transactional
    List<InvestigationView.Summary> summaries(List<BreachCase> found) {
        Map<String, String> names = directory.displayNames(found.stream()
                .flatMap(c -> Stream.of(c.reported().subject(), c.routing().investigator())).filter(Objects::nonNull).distinct().toList());
        return found.stream().map(c -> new InvestigationView.Summary(c.id(), c.reference(), c.reported().subjectKind(),
                names.get(c.reported().subject()), c.status(), c.status().label(), c.reported().reportedAt(),
                c.routing().investigator() == null ? null : names.get(c.routing().investigator()), c.routing().investigationDue())).toList();
    }

    /** The case in full, if this person deals with it; every read is in the audit trail. */
    @Transactional
    InvestigationView.Details get(UUID id, CurrentUser user) {
        BreachCase found = readable(id, user);
        audit.record(AuditEvent.onCase("BREACH_CASE_VIEWED", CASE_TYPE, id.toString(), found.reference(), null));
        List<BreachCaseStore.Note> notes = store.notes(id);
        Map<String, String> names = directory.displayNames(Stream.concat(
                Stream.of(found.reported().subject(), found.reported().lineManager(), found.reported().reportedBy(),
                        found.routing().investigator()),
                notes.stream().map(BreachCaseStore.Note::writtenBy)).filter(Objects::nonNull).distinct().toList());
        String caseId = id.toString();
        return new InvestigationView.Details(found.id(), found.reference(), InvestigationView.About.of(found.reported(), names),
                InvestigationView.Reported.of(found.reported(), names), found.status(), found.status().label(),
                InvestigationView.Routing.of(found.routing(), names), InvestigationView.Findings.of(found.hearing()),
                InvestigationView.Outcome.of(found.closure()),
                retention.onCase(CASE_TYPE, caseId, user),
                notes.stream().map(note -> new InvestigationView.Note(note.id(), note.kind(), InvestigationView.noteLabel(note.kind()),
                        note.text(), note.writtenBy(), names.get(note.writtenBy()), note.writtenAt())).toList(),
                found.open());
    }

    @Transactional
    InvestigationView.Note addNote(UUID id, String kind, String text, CurrentUser user) {
        BreachCase found = readable(id, user);
        if (!List.of("NOTE", "INTERVIEW", "REMEDIAL_ACTION", "LETTER").contains(kind)) {
            throw new InvalidRequestException("kind", "Select what kind of note it is");
        }
        if (!cases.acceptsRecords(CASE_TYPE, id.toString())) {
            throw new ConflictException("This case is closed: its record can no longer be added to unless a legal hold is placed on it.");
        }
        var note = new BreachCaseStore.Note(UUID.randomUUID(), kind, text, user.username(), EngineClock.now());
        store.addNote(id, note);
        audit.record(AuditEvent.onCase("BREACH_NOTE_ADDED", CASE_TYPE, id.toString(), found.reference(), InvestigationView.noteLabel(kind)));
        return new InvestigationView.Note(note.id(), kind, InvestigationView.noteLabel(kind), text, user.username(), user.displayName(),
                note.writtenAt());
    }

    @Transactional
    void exclude(UUID id, String username, String reason, CurrentUser by) {
        BreachCase found = readable(id, by);
        if (!by.isIn(found.reported().subjectKind().group())) {
            throw new ForbiddenException("Only " + Groups.label(found.reported().subjectKind().group())
                    + " can keep people out of this case.");
        }
        if (username.equals(found.routing().investigator())) {
            throw new InvalidRequestException("username", "This person is the investigator: appoint someone else first");
        }
        exclusions.exclude(CASE_TYPE, id.toString(), username, reason, by);
        audit.record(AuditEvent.onCase("CASE_EXCLUSION_ADDED", CASE_TYPE, id.toString(), found.reference(), username));
    }

    BreachCase readable(UUID id, CurrentUser user) {
        return needToKnow.readable(id, user).orElseThrow(() -> new NotFoundException("There is no case " + id));
    }
}

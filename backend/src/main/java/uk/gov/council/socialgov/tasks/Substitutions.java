package uk.gov.council.socialgov.tasks;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.web.FieldError;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.web.NotFoundException;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** People name a colleague to cover their tasks while they are away. */
@Singleton
class Substitutions {

    /** A longer absence is a change of who does the work, for the team's manager, not cover (V20 holds the table to it too). */
    static final Period LONGEST = Period.ofMonths(3);

    @Serdeable
    record Cover(UUID id, String substitute, String substituteName, LocalDate from, LocalDate to) {
    }

    @Serdeable
    record Covering(UUID id, String absent, String absentName, LocalDate from, LocalDate to) {
    }

    @Serdeable
    record Overview(List<Cover> mine, List<Covering> coveringFor) {
    }

    private final SubstitutionStore substitutions;
    private final Directory directory;
    private final AuditTrail audit;

    Substitutions(SubstitutionStore substitutions, Directory directory, AuditTrail audit) {
        this.substitutions = substitutions;
        this.directory = directory;
        this.audit = audit;
    }

    /** The people whose tasks this person covers today. */
    @Transactional
    List<String> coveredToday(String substitute) {
        LocalDate today = EngineClock.today();
        return substitutions.coverBy(substitute, today).stream()
                .filter(s -> s.coversOn(today)).map(Substitution::absent).distinct().toList();
    }

    /** The people covering this person's tasks today. */
    @Transactional
    List<String> substitutesToday(String absent) {
        LocalDate today = EngineClock.today();
        return substitutions.coverFor(absent, today).stream()
                .filter(s -> s.coversOn(today)).map(Substitution::substitute).distinct().toList();
    }

    @Transactional
    Overview overview(CurrentUser me) {
        LocalDate today = EngineClock.today();
        return new Overview(
                substitutions.coverFor(me.username(), today).stream()
                        .map(s -> new Cover(s.id(), s.substitute(), name(s.substitute()), s.fromDate(), s.toDate())).toList(),
                substitutions.coverBy(me.username(), today).stream()
                        .map(s -> new Covering(s.id(), s.absent(), name(s.absent()), s.fromDate(), s.toDate())).toList());
    }

    @Transactional
    Cover add(CurrentUser me, String substitute, String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        String colleague = substitute.strip().toLowerCase();
        if (colleague.equals(me.username())) {
            errors.add(new FieldError("substitute", "Name a colleague, not yourself"));
        } else if (!directory.exists(colleague)) {
            errors.add(new FieldError("substitute", "There is no one with the username " + colleague));
        }
        LocalDate fromDate = date(from, "from", "Enter the first day you are away as a real date", errors);
        LocalDate toDate = date(to, "to", "Enter the last day you are away as a real date", errors);
        if (fromDate != null && toDate != null) {
            if (toDate.isBefore(fromDate)) {
                errors.add(new FieldError("to", "The last day must be the same as or after the first day"));
            } else if (toDate.isBefore(EngineClock.today())) {
                errors.add(new FieldError("to", "The last day must be today or in the future"));
            } else if (toDate.isAfter(fromDate.plus(LONGEST))) {
                errors.add(new FieldError("to", "Cover can last at most 3 months: choose a last day on or before "
                        + EngineClock.ukDate(fromDate.plus(LONGEST))));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Substitution saved = substitutions.save(new Substitution(UUID.randomUUID(), me.username(), colleague, fromDate, toDate, EngineClock.now()));
        audit.record(AuditEvent.of("SUBSTITUTE_NAMED", colleague + " covers " + me.username() + " from " + fromDate + " to " + toDate));
        return new Cover(saved.id(), colleague, name(colleague), fromDate, toDate);
    }

    @Transactional
    void remove(CurrentUser me, UUID id) {
        Substitution found = substitutions.findById(id).filter(s -> s.absent().equals(me.username()))
                .orElseThrow(() -> new NotFoundException("There is no cover " + id));
        substitutions.delete(found);
        audit.record(AuditEvent.of("SUBSTITUTE_REMOVED", found.substitute() + " no longer covers " + me.username()));
    }

    private String name(String username) {
        return directory.find(username).map(Directory.Person::displayName).orElse(username);
    }

    private static LocalDate date(String value, String field, String message, List<FieldError> errors) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, message));
            return null;
        }
    }
}

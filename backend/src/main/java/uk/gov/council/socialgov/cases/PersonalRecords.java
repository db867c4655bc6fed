package uk.gov.council.socialgov.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one kind of record holds about a person, for a subject access request (UK GDPR Article 15).
 * Each feature that keeps records about people provides one bean; the subject access search asks
 * them all. Read-only: nothing here changes a record.
 */
public interface PersonalRecords {

    /** The records of this kind holding something about the person: by their username, or a name of theirs in free text. */
    List<Held> about(Sought person);

    /** A moment as the day it fell on in the UK, e.g. "27 November 2026"; null stays null. */
    static @Nullable String day(@Nullable Instant at) {
        return at == null ? null : EngineClock.ukDate(at.atZone(EngineClock.UK).toLocalDate());
    }

    /** Whom the search is for: their username, and the names they may be written as (at least their name in the directory). */
    record Sought(String username, List<String> names) {

        /** Whether the text names them, in any case; blank names never match. */
        public boolean namedIn(@Nullable String text) {
            if (text == null) {
                return false;
            }
            String lower = text.toLowerCase(Locale.UK);
            return names.stream().filter(name -> !name.isBlank()).anyMatch(name -> lower.contains(name.toLowerCase(Locale.UK)));
        }
    }

    /** One field that holds their data: its label as the case page shows it, and its value. */
    @Serdeable
    record Field(String label, String value) {
    }

    /**
     * One record about the person. {@code kind} is the case kind's name (as case exclusions name it);
     * {@code involved} are the people the record is by or about, who never handle a request about it.
     */
    record Held(String kind, String kindLabel, String id, String reference, String status, List<String> roles,
                List<Field> fields, Set<String> involved) {
    }

    /**
     * Builds what a record holds about the person: their part by username in named roles, and its free
     * text. A person with a part in the record gets all of its free text; someone only named in it gets
     * the fields that name them.
     */
    final class Finding {

        private final Sought sought;
        private final String kind;
        private final String kindLabel;
        private final String id;
        private final String reference;
        private final String status;
        private final Map<String, String> roles = new LinkedHashMap<>();
        private final List<Field> parts = new ArrayList<>();
        private final List<Field> texts = new ArrayList<>();
        private final Set<String> involved = new LinkedHashSet<>();

        public Finding(Sought sought, String kind, String kindLabel, String id, String reference, String status) {
            this.sought = sought;
            this.kind = kind;
            this.kindLabel = kindLabel;
            this.id = id;
            this.reference = reference;
            this.status = status;
        }

        /** A role someone holds by username (e.g. "Subject"), shown with this label when it is the person sought. */
        public Finding person(String role, String label, @Nullable String username) {
            if (username != null && username.equals(sought.username())) {
                roles.putIfAbsent(role, role);
                parts.add(new Field(label, username));
            }
            return this;
        }

        /** Something the person's part brings with it (a date, a signature), kept only when they have a part. */
        public Finding detail(String label, @Nullable Object value) {
            if (value != null && !value.toString().isBlank()) {
                parts.add(new Field(label, value.toString()));
            }
            return this;
        }

        /** A free-text field; kept when the person has a part in the record or it names them. */
        public Finding text(String label, @Nullable String value) {
            if (value != null && !value.isBlank()) {
                texts.add(new Field(label, value));
            }
            return this;
        }

        /** The people the record is by or about (the requester, the subject, the reporter…), nulls ignored. */
        public Finding involving(@Nullable String... usernames) {
            for (String username : usernames) {
                if (username != null) {
                    involved.add(username);
                }
            }
            return this;
        }

        /** Whether the person has a part in the record by username so far. */
        public boolean hasPart() {
            return !roles.isEmpty();
        }

        /** What the record holds about the person; empty when it holds nothing about them. */
        public Optional<Held> held() {
            boolean party = hasPart();
            List<Field> naming = texts.stream().filter(text -> sought.namedIn(text.value())).toList();
            if (!party && naming.isEmpty()) {
                return Optional.empty();
            }
            List<String> allRoles = new ArrayList<>(roles.keySet());
            if (!naming.isEmpty()) {
                allRoles.add("Named in text");
            }
            List<Field> fields = new ArrayList<>(party ? parts : List.of());
            fields.addAll(party ? texts : naming);
            return Optional.of(new Held(kind, kindLabel, id, reference, status, List.copyOf(allRoles), List.copyOf(fields),
                    Set.copyOf(involved)));
        }
    }
}

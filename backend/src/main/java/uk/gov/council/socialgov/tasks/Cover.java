package uk.gov.council.socialgov.tasks;

import jakarta.inject.Singleton;

import java.util.List;

/** Who is covering for whom today, for features that must reach whoever is working someone's tasks. */
@Singleton
public class Cover {

    private final Substitutions substitutions;

    Cover(Substitutions substitutions) {
        this.substitutions = substitutions;
    }

    public List<String> substitutesToday(String absent) {
        return substitutions.substitutesToday(absent);
    }
}

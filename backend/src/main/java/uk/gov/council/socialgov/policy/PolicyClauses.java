package uk.gov.council.socialgov.policy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The policy's numbered clauses, read once from the adopted text. Clauses are cited as the policy
 * does: section letter and number ("D 2.9"); the Cabinet report before Section A is "Report 5.7".
 */
@Singleton
public class PolicyClauses {

    @Serdeable
    public record Clause(String reference, String section, @Nullable String sectionTitle, String text) {
    }

    static final String RESOURCE = "policy/social-media-policy-2020.txt";
    private static final Pattern SECTION = Pattern.compile("^\\s*Section ([A-D])\\s*-\\s*(.*?)\\s*$");
    private static final Pattern CLAUSE = Pattern.compile("^\\s*(\\d{1,2}\\.\\d{1,2})\\s+(.*)$");
    private static final Pattern HEADING = Pattern.compile("^\\s*\\d{1,2}\\s+[A-Z][^.]*$");

    private final Map<String, Clause> clauses;

    public PolicyClauses() {
        this.clauses = parse(read());
    }

    public Optional<Clause> find(String reference) {
        return Optional.ofNullable(clauses.get(reference.strip().replaceAll("\\s+", " ")));
    }

    static Map<String, Clause> parse(String text) {
        Map<String, Clause> found = new LinkedHashMap<>();
        String section = "Report";
        String sectionTitle = "Cabinet report";
        String number = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\\R")) {
            Matcher sectionStart = SECTION.matcher(line);
            Matcher clauseStart = CLAUSE.matcher(line);
            if (sectionStart.matches() || clauseStart.matches() || HEADING.matcher(line).matches()) {
                if (number != null) {
                    String reference = section + " " + number;
                    found.putIfAbsent(reference, new Clause(reference, section, sectionTitle, tidy(body)));
                }
                number = null;
                body.setLength(0);
            }
            if (sectionStart.matches()) {
                section = sectionStart.group(1);
                sectionTitle = sectionStart.group(2);
            } else if (clauseStart.matches()) {
                number = clauseStart.group(1);
                body.append(clauseStart.group(2)).append(' ');
            } else if (number != null) {
                body.append(line.strip()).append(' ');
            }
        }
        if (number != null) {
            String reference = section + " " + number;
            found.putIfAbsent(reference, new Clause(reference, section, sectionTitle, tidy(body)));
        }
        return found;
    }

    private static String tidy(CharSequence text) {
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static String read() {
        try (InputStream in = PolicyClauses.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The policy text is missing from the classpath: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

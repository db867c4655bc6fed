package uk.gov.council.socialgov.testing;

import uk.gov.council.testsupport.ApiSession.Response;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads a 400 problem+json answer: the fields it names, or "field: message" for each error. */
public final class Problems {

    private Problems() {
    }

    public static List<String> fields(Response response) {
        return errors(response, false);
    }

    public static List<String> messages(Response response) {
        return errors(response, true);
    }

    private static List<String> errors(Response response, boolean withMessages) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> found = new ArrayList<>();
        response.json().get("errors").values().forEach(error -> found.add(error.get("field").getStringValue()
                + (withMessages ? ": " + error.get("message").getStringValue() : "")));
        return found;
    }
}

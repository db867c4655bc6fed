package uk.gov.council.socialgov.tasks;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.web.FieldError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FormValidatorTest {

    private static final String FORM = """
            {"components": [
              {"type": "text", "text": "Guidance"},
              {"type": "radio", "key": "decision", "label": "Decision", "validate": {"required": true},
               "values": [{"label": "Approve", "value": "approve"}, {"label": "Reject", "value": "reject"}]},
              {"type": "textarea", "key": "reason", "label": "Reason for rejection",
               "validate": {"required": true, "maxLength": 10}, "conditional": {"hide": "=decision != \\"reject\\""}},
              {"type": "group", "components": [
                {"type": "textfield", "key": "handle", "label": "Handle", "validate": {"pattern": "@\\\\w+"}},
                {"type": "number", "key": "followers", "label": "Followers", "validate": {"min": 0, "max": 1000}}
              ]},
              {"type": "checkbox", "key": "passwordChanged", "label": "I have changed the password", "validate": {"required": false}}
            ]}
            """;

    private static final String CONFIRMATION = """
            {"components": [
              {"type": "checkbox", "key": "passwordChanged", "label": "I have changed the password", "validate": {"required": true}}
            ]}
            """;

    private final JsonNode form = parse(FORM);

    @Test
    void aRequiredCheckboxMustBeTickedAndAnyCheckboxMustBeTrueOrFalse() {
        JsonNode confirmation = parse(CONFIRMATION);
        assertThat(FormValidator.validate(confirmation, Map.of("passwordChanged", true))).isEmpty();
        assertThat(FormValidator.validate(confirmation, Map.of("passwordChanged", false)))
                .containsExactly(new FieldError("passwordChanged", "Tick \u201cI have changed the password\u201d to continue"));
        assertThat(fields(FormValidator.validate(confirmation, Map.of()))).containsExactly("passwordChanged");
        assertThat(FormValidator.validate(form, Map.of("decision", "approve", "passwordChanged", "yes")))
                .containsExactly(new FieldError("passwordChanged", "I have changed the password must be ticked or not ticked"));
        assertThat(FormValidator.validate(form, Map.of("decision", "approve", "passwordChanged", false))).isEmpty();
    }

    @Test
    void aFieldItsConditionHidesMustBeLeftOutOrEmpty() {
        assertThat(FormValidator.validate(form, Map.of("decision", "approve", "reason", "Not shown, yet sent")))
                .containsExactly(new FieldError("reason", "Leave out \u201cReason for rejection\u201d: it does not apply to your answers"));
        Map<String, Object> leftEmpty = new HashMap<>();
        leftEmpty.put("decision", "approve");
        leftEmpty.put("reason", null);
        assertThat(FormValidator.validate(form, leftEmpty)).isEmpty();
    }

    /** The server can only hold hidden fields to "left out" if it can tell when they are hidden. */
    @Test
    void everyConditionInTheProcessesFormsIsOneTheServerCanEvaluate() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../processes"))) {
            List<Path> forms = files.filter(path -> path.toString().endsWith(".form")).toList();
            assertThat(forms).hasSizeGreaterThan(10);
            for (Path file : forms) {
                assertThat(FormValidator.conditionsNotUnderstood(parse(Files.readString(file)))).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void aCompleteSubmissionPasses() {
        assertThat(FormValidator.validate(form, Map.of("decision", "reject", "reason", "Duplicate"))).isEmpty();
    }

    @Test
    void requiredFieldsAreNamed() {
        assertThat(fields(FormValidator.validate(form, Map.of()))).containsExactly("decision");
    }

    @Test
    void aHiddenFieldIsNotRequiredButAShownOneIs() {
        assertThat(FormValidator.validate(form, Map.of("decision", "approve"))).isEmpty();
        assertThat(FormValidator.validate(form, Map.of("decision", "reject")))
                .containsExactly(new FieldError("reason", "Enter reason for rejection"));
    }

    @Test
    void onlyTheOfferedValuesAreAllowed() {
        assertThat(FormValidator.validate(form, Map.of("decision", "maybe")))
                .containsExactly(new FieldError("decision", "Select decision"));
    }

    @Test
    void lengthPatternAndRangeAreChecked() {
        Map<String, Object> values = new HashMap<>();
        values.put("decision", "reject");
        values.put("reason", "far too long a reason");
        values.put("handle", "no at sign");
        values.put("followers", 5000);
        assertThat(fields(FormValidator.validate(form, values))).containsExactlyInAnyOrder("reason", "handle", "followers");
    }

    @Test
    void fieldsTheFormDoesNotHaveAreRefused() {
        assertThat(FormValidator.validate(form, Map.of("decision", "approve", "approvedBy", "me")))
                .containsExactly(new FieldError("approvedBy", "This form has no field called approvedBy"));
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    private static JsonNode parse(String json) {
        try {
            return JsonMapper.createDefault().readValue(json, JsonNode.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

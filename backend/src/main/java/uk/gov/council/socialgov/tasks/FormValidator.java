package uk.gov.council.socialgov.tasks;

import io.micronaut.json.tree.JsonNode;
import uk.gov.council.socialgov.web.FieldError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks submitted values against the same Camunda Form (.form) the page renders: unknown fields,
 * required, allowed values, length, pattern and number range. A field hidden by its condition
 * ({@code =decision != "reject"}, the only kind the forms use) is not required while hidden, and
 * must then be left out or empty, as the page leaves it out.
 */
final class FormValidator {

    private static final Pattern SIMPLE_CONDITION = Pattern.compile("^=\\s*(\\w+)\\s*(!=|=)\\s*\"([^\"]*)\"\\s*$");
    private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "radio", "select",
            "checkbox", "checklist", "datetime", "taglist");

    private FormValidator() {
    }

    static List<FieldError> validate(JsonNode form, Map<String, Object> submitted) {
        List<JsonNode> fields = new ArrayList<>();
        collectFields(form, fields);
        Set<String> known = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (JsonNode field : fields) {
            String key = text(field, "key");
            known.add(key);
            if (hidden(field, submitted)) {
                if (submitted.get(key) != null) { // a value the page never showed must not steer the process
                    errors.add(new FieldError(key, "Leave out \u201c" + label(field, key) + "\u201d: it does not apply to your answers"));
                }
                continue;
            }
            check(field, key, submitted.get(key), errors);
        }
        for (String key : submitted.keySet()) {
            if (!known.contains(key)) {
                errors.add(new FieldError(key, "This form has no field called " + key));
            }
        }
        return errors;
    }

    private static void collectFields(JsonNode node, List<JsonNode> fields) {
        JsonNode components = node.get("components");
        if (components == null || !components.isArray()) {
            return;
        }
        for (JsonNode component : components.values()) {
            if (INPUT_TYPES.contains(text(component, "type")) && text(component, "key") != null) {
                fields.add(component);
            }
            collectFields(component, fields);
        }
    }

    /** The conditions in a form the server cannot evaluate; a form must have none (FormValidatorTest checks every one). */
    static List<String> conditionsNotUnderstood(JsonNode form) {
        List<JsonNode> fields = new ArrayList<>();
        collectFields(form, fields);
        return fields.stream().map(FormValidator::hideCondition)
                .filter(hide -> hide != null && !SIMPLE_CONDITION.matcher(hide).matches()).toList();
    }

    private static String hideCondition(JsonNode field) {
        JsonNode conditional = field.get("conditional");
        return conditional == null ? null : text(conditional, "hide");
    }

    private static boolean hidden(JsonNode field, Map<String, Object> submitted) {
        String hide = hideCondition(field);
        if (hide == null) {
            return false;
        }
        Matcher matcher = SIMPLE_CONDITION.matcher(hide);
        if (!matcher.matches()) {
            throw new IllegalStateException("The form's condition " + hide + " is not one the server can evaluate");
        }
        boolean equal = matcher.group(3).equals(String.valueOf(submitted.get(matcher.group(1))));
        return matcher.group(2).equals("=") == equal;
    }

    private static void check(JsonNode field, String key, Object value, List<FieldError> errors) {
        String label = label(field, key);
        JsonNode validate = field.get("validate");
        boolean required = validate != null && validate.get("required") != null && validate.get("required").getBooleanValue();
        boolean empty = value == null || (value instanceof String s && s.isBlank());
        String type = text(field, "type");
        if (type.equals("checkbox")) {
            if (!empty && !(value instanceof Boolean)) {
                errors.add(new FieldError(key, label + " must be ticked or not ticked"));
            } else if (required && !Boolean.TRUE.equals(value)) {
                errors.add(new FieldError(key, "Tick \u201c" + label + "\u201d to continue"));
            }
            return;
        }
        if (empty) {
            if (required) {
                errors.add(new FieldError(key, "Enter " + lowerFirst(label)));
            }
            return;
        }
        JsonNode values = field.get("values");
        if (values != null && values.isArray() && (type.equals("radio") || type.equals("select"))) {
            Set<String> allowed = new HashSet<>();
            values.values().forEach(option -> allowed.add(text(option, "value")));
            if (!allowed.contains(String.valueOf(value))) {
                errors.add(new FieldError(key, "Select " + lowerFirst(label)));
            }
            return;
        }
        if (type.equals("number")) {
            checkNumber(key, label, value, validate, errors);
            return;
        }
        if (!(value instanceof String text)) {
            errors.add(new FieldError(key, lowerFirst(label) + " must be text"));
            return;
        }
        if (validate != null) {
            Integer maxLength = integer(validate, "maxLength");
            Integer minLength = integer(validate, "minLength");
            String pattern = text(validate, "pattern");
            if (maxLength != null && text.length() > maxLength) {
                errors.add(new FieldError(key, label + " must be " + maxLength + " characters or fewer"));
            } else if (minLength != null && text.length() < minLength) {
                errors.add(new FieldError(key, label + " must be " + minLength + " characters or more"));
            } else if (pattern != null && !matches(pattern, text)) {
                errors.add(new FieldError(key, "Enter " + lowerFirst(label) + " in the right format"));
            }
        }
    }

    private static void checkNumber(String key, String label, Object value, JsonNode validate, List<FieldError> errors) {
        BigDecimal number;
        try {
            number = new BigDecimal(String.valueOf(value));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(key, label + " must be a number"));
            return;
        }
        if (validate == null) {
            return;
        }
        Integer min = integer(validate, "min");
        Integer max = integer(validate, "max");
        if ((min != null && number.compareTo(BigDecimal.valueOf(min)) < 0) || (max != null && number.compareTo(BigDecimal.valueOf(max)) > 0)) {
            errors.add(new FieldError(key, label + " must be between " + min + " and " + max));
        }
    }

    private static boolean matches(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(text).matches();
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("The form's pattern " + pattern + " is not a valid regular expression", e);
        }
    }

    /** A date field (form-js "datetime") carries its label as dateLabel. */
    private static String label(JsonNode field, String key) {
        String label = text(field, "label");
        if (label == null) {
            label = text(field, "dateLabel");
        }
        return label == null ? key : label;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.coerceStringValue();
    }

    private static Integer integer(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || !value.isNumber() ? null : value.getIntValue();
    }

    private static String lowerFirst(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}

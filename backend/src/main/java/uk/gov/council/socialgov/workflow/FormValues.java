package uk.gov.council.socialgov.workflow;

import io.micronaut.core.annotation.Nullable;
import org.camunda.bpm.engine.delegate.VariableScope;

/** What a step reads from the form that completed its task. */
public final class FormValues {

    private FormValues() {
    }

    /** A text field, stripped; null when it was left blank. */
    public static @Nullable String text(VariableScope variables, String name) {
        Object value = variables.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}

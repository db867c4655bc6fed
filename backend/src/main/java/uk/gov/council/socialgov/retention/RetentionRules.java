package uk.gov.council.socialgov.retention;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.UnaryTests;

import java.util.Arrays;
import java.util.List;

/**
 * The retention schedule's rules as the deployed {@code processes/retention.dmn} states them, for the retention
 * page: which cases each applies to, how many years they are kept, and why. The table is the one source; this only
 * reads it.
 */
@Singleton
class RetentionRules {

    /** One rule: an empty list matches anything; the first rule that matches a case decides. */
    @Serdeable
    record Period(List<String> caseKinds, List<String> subjectKinds, List<String> outcomes, @Nullable Boolean referredToPolice,
                  int years, String rule, @Nullable String why) {
    }

    private final RepositoryService repository;

    RetentionRules(RepositoryService repository) {
        this.repository = repository;
    }

    List<Period> periods() {
        var definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(RetentionProcess.SCHEDULE)
                .latestVersion().singleResult();
        DecisionTable table = repository.getDmnModelInstance(definition.getId()).getModelElementsByType(DecisionTable.class)
                .iterator().next();
        return table.getRules().stream().map(RetentionRules::period).toList();
    }

    private static Period period(Rule rule) {
        List<String> inputs = rule.getInputEntries().stream().map(UnaryTests::getTextContent).map(String::strip).toList();
        List<String> outputs = rule.getOutputEntries().stream().map(entry -> entry.getTextContent().strip()).toList();
        String police = inputs.get(3);
        return new Period(values(inputs.get(0)), values(inputs.get(1)), values(inputs.get(2)),
                police.equals("-") ? null : Boolean.valueOf(police), Integer.parseInt(outputs.get(0)), unquoted(outputs.get(1)),
                rule.getDescription() == null ? null : rule.getDescription().getTextContent().strip());
    }

    /** {@code "A","B"} as [A, B]; {@code -} (anything) as none. */
    private static List<String> values(String unaryTests) {
        if (unaryTests.isEmpty() || unaryTests.equals("-")) {
            return List.of();
        }
        return Arrays.stream(unaryTests.split(",")).map(String::strip).map(RetentionRules::unquoted).toList();
    }

    private static String unquoted(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}

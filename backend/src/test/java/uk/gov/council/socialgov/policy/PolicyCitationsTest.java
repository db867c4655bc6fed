package uk.gov.council.socialgov.policy;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every user task cites the policy clauses it serves, and each cited clause exists in the adopted policy. */
class PolicyCitationsTest {

    private final PolicyClauses policy = new PolicyClauses();

    @Test
    void clausesAreFoundByTheirCitation() {
        assertThat(policy.find("D 2.9")).get().extracting(PolicyClauses.Clause::text).asString()
                .startsWith("Individual employees given access to a corporate account(s) will be issued");
        assertThat(policy.find("D 6.1")).get().extracting(PolicyClauses.Clause::sectionTitle).asString()
                .startsWith("Guidance for employees using or posting on Council owned social");
        assertThat(policy.find("C 2.5")).isPresent();
        assertThat(policy.find("Z 1.1")).isEmpty();
    }

    @Test
    void everyUserTaskCitesClausesThatExist() throws IOException {
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
            try (InputStream in = file.getInputStream()) {
                for (UserTask task : Bpmn.readModelFromStream(in).getModelElementsByType(UserTask.class)) {
                    var citations = task.getExtensionElements() == null ? java.util.List.<String>of()
                            : task.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                            .flatMap(properties -> properties.getCamundaProperties().stream())
                            .filter(p -> "policyClauses".equals(p.getCamundaName()))
                            .flatMap(p -> java.util.Arrays.stream(p.getCamundaValue().split(",")))
                            .map(String::strip).toList();
                    assertThat(citations).as(file.getFilename() + " " + task.getId() + " cites its policy clauses").isNotEmpty();
                    citations.forEach(clause -> assertThat(policy.find(clause)).as(clause + " in " + task.getId()).isPresent());
                }
            }
        }
    }
}

package uk.gov.council.socialgov.evidence;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.FilePart;
import uk.gov.council.testsupport.ApiSession.Response;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A case keeps at most the configured number of posts and files, so no one can fill the database through one case. */
@MicronautTest(transactional = false)
@Property(name = "socialgov.evidence.max-posts-per-case", value = "2")
@Property(name = "socialgov.evidence.max-files-per-case", value = "2")
class EvidenceLimitsIntegrationTest {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    @Test
    void aCaseKeepsNoMorePostsOrFilesThanItsLimit() {
        ApiSession helen = ApiSession.signedIn(server, json, "helen.carter");
        Response reported = ApiSession.signedIn(server, json, "sam.patel").post("/api/breach-reports", Map.of("subjectKind", "EMPLOYEE",
                "subject", "jo.evans", "clauses", List.of("B1.4-abuse"), "description", "Abusive replies",
                "postLinks", List.of()));
        String evidence = "/api/cases/breach-investigation/" + reported.json().get("id").getStringValue() + "/evidence";
        Map<String, Object> post = Map.of("platform", "X_TWITTER", "authorHandle", "@jo_private", "postedAt", "2026-11-03T21:15");

        String first = helen.post(evidence, post).json().get("id").getStringValue();
        assertThat(helen.post(evidence, post).status()).isEqualTo(201);
        Response third = helen.post(evidence, post);
        assertThat(third.status()).as(third.body()).isEqualTo(409);
        assertThat(third.json().get("detail").getStringValue()).contains("already keeps 2 posts");

        String files = evidence + "/" + first + "/files";
        for (int i = 0; i < 2; i++) {
            assertThat(helen.upload(files, Map.of(), List.of(new FilePart("file", "shot.png", "image/png", EvidenceApiIntegrationTest.PNG)))
                    .status()).isEqualTo(201);
        }
        Response tooMany = helen.upload(files, Map.of(), List.of(new FilePart("file", "shot.png", "image/png", EvidenceApiIntegrationTest.PNG)));
        assertThat(tooMany.status()).as(tooMany.body()).isEqualTo(409);
        assertThat(helen.get(evidence).json().get("items").size()).isEqualTo(2);
    }
}

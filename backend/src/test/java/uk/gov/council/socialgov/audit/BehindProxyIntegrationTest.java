package uk.gov.council.socialgov.audit;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;
import uk.gov.council.testsupport.SampleRequests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Behind a proxy (a setting, off by default) the audit trail takes the client's address from the proxy's header. */
@MicronautTest(transactional = false)
@Property(name = "socialgov.web.behind-proxy", value = "true")
class BehindProxyIntegrationTest {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    @Test
    void theProxysHeaderGivesTheAddressCappedToWhatTheTrailKeeps() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        Response forwarded = priya.post("/api/account-requests", SampleRequests.accountRequest(),
                Map.of("X-Forwarded-For", "203.0.113.7, 10.0.0.1"));
        assertThat(forwarded.status()).as(forwarded.body()).isEqualTo(201);
        Response tooLong = priya.post("/api/account-requests", SampleRequests.accountRequest(),
                Map.of("X-Forwarded-For", "203.0.113." + "7".repeat(10_000)));
        assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(201);

        ApiSession linda = ApiSession.signedIn(server, json, "linda.price");
        assertThat(addresses(linda, forwarded)).containsOnly("203.0.113.7");
        assertThat(addresses(linda, tooLong)).containsOnly(("203.0.113." + "7".repeat(10_000)).substring(0, 64));
    }

    private static List<String> addresses(ApiSession auditor, Response created) {
        Response found = auditor.get("/api/audit?caseReference=" + created.json().get("reference").getStringValue());
        List<String> addresses = new ArrayList<>();
        found.json().get("items").values().forEach(item -> addresses.add(item.get("sourceAddress").getStringValue()));
        assertThat(addresses).isNotEmpty();
        return addresses;
    }
}

package uk.gov.council.socialgov.web;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.identity.Groups;
import uk.gov.council.socialgov.testing.People;
import uk.gov.council.testsupport.ApiSession;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what: every endpoint the server has × anonymous and each group alone → the status
 * they get. The request is minimal (unknown ids, empty bodies), so a caller who is let in sees 400
 * or 404 rather than 401 or 403. An endpoint missing from this table fails the build.
 */
@MicronautTest(transactional = false)
class AuthorisationMatrixIntegrationTest {

    /** Columns: anonymous, then one person in exactly one group each, in this order. */
    private static final List<String> COLUMNS = List.of("anonymous", Groups.STAFF, Groups.SERVICE_MANAGERS, Groups.COMMS,
            Groups.HR, Groups.MONITORING_OFFICER, Groups.INFORMATION_MANAGER, Groups.MEMBERS, Groups.AUDITORS, Groups.ADMINS);

    private static final String MATRIX = """
            #                                                anon staff sm  comms hr  mo  im  mem aud adm
            GET    /api/me                                   401  200  200  200  200 200 200 200 200 200
            POST   /api/me/password                          401  400  400  400  400 400 400 400 400 400
            GET    /api/auth/csrf                            204  204  204  204  204 204 204 204 204 204
            GET    /api/auth/options                         200  200  200  200  200 200 200 200 200 200
            POST   /api/auth/login                           400  400  400  400  400 400 400 400 400 400
            GET    /api/tasks                                401  200  200  200  200 200 200 200 200 200
            GET    /api/tasks/counts                         401  200  200  200  200 200 200 200 200 200
            GET    /api/tasks/{id}                           401  404  404  404  404 404 404 404 404 404
            GET    /api/tasks/{id}/form                      401  404  404  404  404 404 404 404 404 404
            GET    /api/tasks/{id}/diagram                   401  404  404  404  404 404 404 404 404 404
            GET    /api/tasks/{id}/history                   401  404  404  404  404 404 404 404 404 404
            GET    /api/tasks/{id}/comments                  401  404  404  404  404 404 404 404 404 404
            POST   /api/tasks/{id}/comments                  401  400  400  400  400 400 400 400 400 400
            POST   /api/tasks/{id}/hand-over                 401  400  400  400  400 400 400 400 400 400
            PUT    /api/tasks/{id}/dates                     401  404  404  404  404 404 404 404 404 404
            POST   /api/tasks/bulk/claim                     401  400  400  400  400 400 400 400 400 400
            POST   /api/tasks/bulk/hand-over                 401  400  400  400  400 400 400 400 400 400
            POST   /api/tasks/bulk/complete                  401  400  400  400  400 400 400 400 400 400
            GET    /api/task-filters                         401  200  200  200  200 200 200 200 200 200
            POST   /api/task-filters                         401  400  400  400  400 400 400 400 400 400
            DELETE /api/task-filters/{id}                    401  404  404  404  404 404 404 404 404 404
            GET    /api/processes                            401  200  200  200  200 200 200 200 200 200
            GET    /api/policy/clauses/{reference}           401  200  200  200  200 200 200 200 200 200
            GET    /api/me/substitutes                       401  200  200  200  200 200 200 200 200 200
            POST   /api/me/substitutes                       401  400  400  400  400 400 400 400 400 400
            DELETE /api/me/substitutes/{id}                  401  404  404  404  404 404 404 404 404 404
            POST   /api/tasks/{id}/claim                     401  404  404  404  404 404 404 404 404 404
            POST   /api/tasks/{id}/unclaim                   401  404  404  404  404 404 404 404 404 404
            POST   /api/tasks/{id}/complete                  401  400  400  400  400 400 400 400 400 400
            GET    /api/account-requests                     401  200  200  200  200 200 200 200 200 200
            GET    /api/account-requests/endorsement         401  200  200  403  403 403 403 403 403 403
            POST   /api/account-requests                     401  400  400  403  403 403 403 403 403 403
            GET    /api/account-requests/{id}                401  404  404  404  404 404 404 404 404 404
            POST   /api/account-requests/{id}/exclusions     401  403  403  400  403 403 403 403 403 403
            POST   /api/account-requests/{id}/withdrawal     401  400  400  400  400 400 400 400 400 400
            GET    /api/access-grants/options                401  200  200  200  200 200 200 200 200 200
            POST   /api/access-grants                        401  400  400  400  400 400 400 400 400 400
            GET    /api/access-grants                        401  200  200  200  200 200 200 200 200 200
            GET    /api/access-grants/{id}                   401  404  404  404  404 404 404 404 404 404
            POST   /api/access-grants/{id}/removal           401  403  403  400  403 403 403 403 403 403
            # Comms starts a real campaign here; its account page answers comms for any account.
            POST   /api/certifications                       401  403  403  201  403 403 403 403 403 403
            GET    /api/certifications                       401  403  403  200  403 403 403 403 200 403
            GET    /api/certifications/{id}                  401  404  404  404  404 404 404 404 404 404
            GET    /api/certifications/{id}.csv              401  403  403  404  403 403 403 403 404 403
            GET    /api/certifications/{id}/accounts/{accountId} 401 404 404 200 404 404 404 404 404 404
            PUT    /api/certifications/{id}/accounts/{accountId}/decisions 401 400 400 400 400 400 400 400 400 400
            GET    /api/emergency                            401  200  200  200  200 200 200 200 200 200
            GET    /api/emergencies                          401  403  403  200  403 403 403 403 200 403
            POST   /api/emergencies                          401  403  403  400  403 403 403 403 403 403
            POST   /api/emergencies/{id}/lift                401  403  403  404  403 403 403 403 403 403
            GET    /api/cases/{type}/{id}                    401  404  404  404  404 404 404 404 404 404
            POST   /api/cases/{type}/{id}/documents          401  404  404  404  404 404 404 404 404 404
            GET    /api/cases/{type}/{id}/documents/{documentId} 401  404  404  404  404 404 404 404 404 404
            GET    /api/me/notifications                     401  200  200  200  200 200 200 200 200 200
            GET    /api/me/notification-settings             401  200  200  200  200 200 200 200 200 200
            PUT    /api/me/notification-settings             401  400  400  400  400 400 400 400 400 400
            GET    /api/notifications                        401  403  403  403  403 403 403 403 403 200
            GET    /api/registry/accounts                    401  200  200  200  200 200 200 200 200 200
            GET    /api/registry/accounts/{id}               401  404  404  404  404 404 404 404 404 404
            POST   /api/registry/accounts/{id}/activity      401  404  404  404  404 404 404 404 404 404
            POST   /api/registry/accounts/{id}/counts        401  400  400  400  400 400 400 400 400 400
            POST   /api/registry/accounts/{id}/closure       401  403  403  400  403 403 403 403 403 403
            # The import takes text/csv only: the JSON body is refused before anything else is checked.
            POST   /api/registry/activity-import             415  415  415  415  415 415 415 415 415 415
            POST   /api/registry/accounts                    401  403  403  400  403 403 403 403 403 403
            PUT    /api/registry/accounts/{id}               401  403  403  404  403 403 403 403 403 403
            PUT    /api/registry/accounts/{id}/owner         401  403  403  404  403 403 403 403 403 403
            POST   /api/registry/accounts/{id}/authorised-users 401 403 403 404 403 403 403 403 403 403
            POST   /api/registry/accounts/{id}/authorised-users/{periodId}/end 401 403 403 404 403 403 403 403 403 403
            POST   /api/registry/imports                     415  415  415  415  415 415 415 415 415 415
            POST   /api/registry/imports/{id}/apply          401  403  403  404  403 403 403 403 403 403
            GET    /api/registry/authorised-users            401  403  403  400  403 403 403 403 400 403
            GET    /api/registry/authorised-users.csv        401  403  403  400  403 403 403 403 400 403
            GET    /api/registry/dashboard                   401  403  403  200  403 403 403 403 200 403
            GET    /api/breach-reports/options               401  200  200  200  200 200 200 200 200 200
            POST   /api/breach-reports                       401  400  400  400  400 400 400 400 400 400
            GET    /api/breach-reports                       401  200  200  200  200 200 200 200 200 200
            GET    /api/investigations                       401  200  200  200  200 200 200 200 200 200
            GET    /api/investigations/{id}                  401  404  404  404  404 404 404 404 404 404
            POST   /api/investigations/{id}/notes            401  400  400  400  400 400 400 400 400 400
            POST   /api/investigations/{id}/exclusions       401  400  400  400  400 400 400 400 400 400
            GET    /api/cases/{type}/{id}/evidence           401  404  404  404  404 404 404 404 404 404
            POST   /api/cases/{type}/{id}/evidence           401  400  400  400  400 400 400 400 400 400
            POST   /api/cases/{type}/{id}/evidence/{itemId}/files 401  404  404  404  404 404 404 404 404 404
            POST   /api/cases/{type}/{id}/evidence/{itemId}/seal 401  404  404  404  404 404 404 404 404 404
            GET    /api/cases/{type}/{id}/evidence/{itemId}/files/{fileId} 401  404  404  404  404 404 404 404 404 404
            GET    /api/cases/{type}/{id}/evidence/verification 401  404  404  404  404 404 404 404 404 404
            GET    /api/cases/{type}/{id}/evidence/bundle    401  404  404  404  404 404 404 404 404 404
            GET    /api/cases/{type}/{id}/evidence/custody   401  404  404  404  404 404 404 404 404 404
            GET    /api/harassment-reports/options           401  200  200  200  200 200 200 200 200 200
            POST   /api/harassment-reports                   401  400  400  400  400 400 400 400 400 400
            GET    /api/harassment-reports                   401  200  200  200  200 200 200 200 200 200
            GET    /api/harassment-reports/{id}              401  404  404  404  404 404 404 404 404 404
            GET    /api/harassment-reports/{id}/platform-report 401  404  404  404  404 404 404 404 404 404
            GET    /api/retention/schedule                   401  403  403  403  403 403 200 403 403 403
            GET    /api/retention/rules                      401  200  200  200  200 200 200 200 200 200
            GET    /api/retention/disposals                  401  403  403  403  403 403 200 403 403 403
            GET    /api/retention/disposals/{caseType}/{caseId} 401 403 403 403 403 403 404 403 403 403
            GET    /api/retention/cases/{caseType}/{caseId}  401  404  404  404  404 404 404 404 404 404
            POST   /api/retention/holds                      401  403  403  400  400 400 400 403 403 403
            POST   /api/retention/holds/{id}/release         401  403  403  400  400 400 400 403 403 403
            POST   /api/subject-access/search                401  403  403  403  403 403 400 403 403 403
            POST   /api/subject-access/export                401  403  403  403  403 403 400 403 403 403
            GET    /api/admin/users                          401  403  403  403  403 403 403 403 403 200
            POST   /api/admin/users                          401  403  403  403  403 403 403 403 403 400
            GET    /api/admin/users/{username}               401  403  403  403  403 403 403 403 403 404
            PUT    /api/admin/users/{username}               401  403  403  403  403 403 403 403 403 400
            POST   /api/admin/users/{username}/unlock        401  403  403  403  403 403 403 403 403 404
            GET    /api/admin/group-grants                   401  403  403  403  403 403 403 403 403 200
            POST   /api/admin/group-grants/{id}/approval     401  403  403  403  403 403 403 403 403 404
            POST   /api/admin/group-grants/{id}/refusal      401  403  403  403  403 403 403 403 403 400
            GET    /api/audit                                401  403  403  403  403 403 403 403 200 403
            GET    /api/audit/export.csv                     401  403  403  403  403 403 403 403 200 403
            GET    /api/audit/verification                   401  403  403  403  403 403 403 403 200 200
            GET    /api/operations/processes                 401  403  403  403  403 403 403 403 403 200
            GET    /api/operations/processes/{key}/diagram   401  403  403  403  403 403 403 403 403 404
            GET    /api/operations/incidents                 401  403  403  403  403 403 403 403 403 200
            POST   /api/operations/jobs/{id}/retry           401  403  403  403  403 403 403 403 403 404
            GET    /api/operations/calendar                  401  403  403  403  403 403 403 403 403 200
            POST   /api/directory/imports                    415  415  415  415  415 415 415 415 415 415
            POST   /api/directory/imports/{id}/apply         401  403  403  403  403 403 403 403 403 404
            POST   /api/directory/people/{username}/leaving  401  403  403  403  403 403 403 403 403 400
            GET    /health                                   200  200  200  200  200 200 200 200 200 200
            GET    /health/{selector}                        200  200  200  200  200 200 200 200 200 200
            GET    /api/auth/logout                          405  405  405  405  405 405 405 405 405 405
            POST   /api/auth/logout                          200  200  200  200  200 200 200 200 200 200
            """;

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject Router router;

    @Test
    void everyEndpointHasARow() {
        Set<String> served = router.uriRoutes()
                .filter(route -> !route.getHttpMethodName().equals("HEAD")) // Micronaut answers HEAD as its GET
                .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> inMatrix = rows().keySet().stream().collect(Collectors.toCollection(TreeSet::new));
        assertThat(inMatrix).as("endpoints in the matrix").isEqualTo(served);
    }

    @Test
    void everyCallerGetsTheExpectedStatus() {
        Map<String, ApiSession> callers = callers();
        List<String> wrong = new ArrayList<>();
        rows().forEach((endpoint, expected) -> {
            for (int column = 0; column < COLUMNS.size(); column++) {
                int status = call(callers.get(COLUMNS.get(column)), endpoint);
                if (status != expected.get(column)) {
                    wrong.add(endpoint + " as " + COLUMNS.get(column) + ": expected " + expected.get(column) + ", got " + status);
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    private Map<String, ApiSession> callers() {
        ApiSession admin = ApiSession.signedIn(server, json, "chris.lee");
        Map<String, ApiSession> callers = new LinkedHashMap<>();
        callers.put("anonymous", ApiSession.anonymous(server, json));
        for (String group : COLUMNS.subList(1, COLUMNS.size())) {
            String username = "matrix." + group.replace("-", ".");
            int created = admin.post("/api/admin/users", Map.of("username", username, "displayName", "Only " + group,
                    "password", ApiSession.DEMO_PASSWORD, "groups", List.of(group))).status();
            assertThat(created).as("creating " + username).isEqualTo(201);
        }
        People.approveWaitingGroups(server, json); // the confidential groups wait for a second administrator
        for (String group : COLUMNS.subList(1, COLUMNS.size())) {
            callers.put(group, ApiSession.signedIn(server, json, "matrix." + group.replace("-", ".")));
        }
        return callers;
    }

    private static int call(ApiSession caller, String endpoint) {
        String[] parts = endpoint.split(" ", 2);
        String path = parts[1].replace("{id}", UUID.randomUUID().toString()).replace("{username}", "no.such.person")
                .replace("{selector}", "liveness").replace("{reference}", "D%202.9")
                .replace("{key}", "no-such-process").replace("{type}", "account-request")
                .replace("{documentId}", UUID.randomUUID().toString())
                .replace("{itemId}", UUID.randomUUID().toString()).replace("{fileId}", UUID.randomUUID().toString()).replace("{accountId}", UUID.randomUUID().toString())
                .replace("{periodId}", UUID.randomUUID().toString()).replace("{caseType}", "account-request")
                .replace("{caseId}", UUID.randomUUID().toString());
        if (parts[0].equals("POST") && (path.endsWith("/documents") || path.endsWith("/files"))) {
            return caller.upload(path, Map.of(), List.of()).status();
        }
        return switch (parts[0]) {
            case "GET" -> caller.get(path).status();
            case "POST" -> caller.post(path, "{}").status();
            case "PUT" -> caller.put(path, Map.of()).status();
            case "DELETE" -> caller.delete(path).status();
            default -> throw new IllegalArgumentException(endpoint);
        };
    }

    /** Endpoint → expected status per column, in the matrix's order (sign-out last: it ends the sessions). */
    private static Map<String, List<Integer>> rows() {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        MATRIX.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(line -> {
            String[] cells = line.split("\\s+");
            List<Integer> statuses = new ArrayList<>();
            for (int i = 2; i < cells.length; i++) {
                statuses.add(Integer.parseInt(cells[i]));
            }
            assertThat(statuses).as(line).hasSize(COLUMNS.size());
            rows.put(cells[0] + " " + cells[1], statuses);
        });
        return rows;
    }
}

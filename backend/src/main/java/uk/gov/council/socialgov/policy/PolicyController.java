package uk.gov.council.socialgov.policy;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import uk.gov.council.socialgov.web.NotFoundException;

@Controller("/api/policy/clauses")
@Tag(name = "Policy")
@Secured(SecurityRule.IS_AUTHENTICATED)
class PolicyController {

    private final PolicyClauses clauses;

    PolicyController(PolicyClauses clauses) {
        this.clauses = clauses;
    }

    @Get("/{reference}")
    @Operation(summary = "The text of one policy clause, cited like \"D 2.9\"")
    PolicyClauses.Clause clause(@PathVariable @Pattern(regexp = "[A-Za-z]{1,6} ?\\d{1,2}\\.\\d{1,2}",
            message = "Cite a clause like D 2.9") String reference) {
        return clauses.find(reference).orElseThrow(() -> new NotFoundException("The policy has no clause " + reference));
    }
}

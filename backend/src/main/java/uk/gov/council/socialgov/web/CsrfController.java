package uk.gov.council.socialgov.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/auth/csrf")
@Tag(name = "Identity")
@Secured(SecurityRule.IS_ANONYMOUS)
class CsrfController {

    @Get
    @Operation(summary = "Issues the XSRF-TOKEN cookie a page echoes in X-XSRF-TOKEN on every change")
    HttpResponse<Void> token() {
        return HttpResponse.noContent(); // CsrfFilter sets the cookie on this (and any) response
    }
}

package uk.gov.council.socialgov.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** Whether cookies carry the Secure flag: on, except where a deployment serves plain HTTP beyond localhost. */
@ConfigurationProperties("socialgov.web")
public record WebSecurityProperties(@Bindable(defaultValue = "true") boolean secureCookies) {
}

package uk.gov.council.socialgov.notifications;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/** SMTP settings and the address links in emails point to. Email is off unless switched on. */
@ConfigurationProperties("socialgov.mail")
record MailProperties(@Bindable(defaultValue = "false") boolean enabled,
                      @Bindable(defaultValue = "localhost") String host,
                      @Bindable(defaultValue = "25") int port,
                      @Nullable String username,
                      @Nullable String password,
                      @Bindable(defaultValue = "false") boolean startTls,
                      @Bindable(defaultValue = "SocialGov <socialgov@example-council.gov.uk>") String from,
                      @Bindable(defaultValue = "http://localhost:8080") String publicUrl) {
}

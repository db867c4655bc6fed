package uk.gov.council.socialgov.web;

import io.micronaut.core.annotation.Nullable;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/** Whether text people typed is a web address we can show as a link: http or https, with a host, nothing else. */
public final class WebAddress {

    private WebAddress() {
    }

    public static boolean isWeb(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * Links to posts as people gave them: blanks dropped, each stripped; each one that is not a web
     * address adds an error naming it ({@code field[i]}).
     */
    public static List<String> links(@Nullable List<String> given, String field, List<FieldError> errors) {
        List<String> links = given == null ? List.of() : given.stream().map(String::strip).filter(link -> !link.isEmpty()).toList();
        for (int i = 0; i < links.size(); i++) {
            if (!isWeb(links.get(i))) {
                errors.add(new FieldError(field + "[" + i + "]", "Enter each link as a web address starting https:// or http://"));
            }
        }
        return links;
    }
}

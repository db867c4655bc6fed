package uk.gov.council.socialgov.web;

import java.net.URI;
import java.net.URISyntaxException;
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
}

package uk.gov.council.socialgov.notifications;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What one email says, as plain paragraphs and one link; {@link #text} and {@link #html} render it.
 * The HTML is plain and accessible: one column, real headings and link text, every value escaped.
 */
public record Email(String subject, List<String> paragraphs, @Nullable String link, @Nullable String linkText) {

    static final String FOOTER = "This email was sent by SocialGov, the council's social media case management service. "
            + "Do not reply to it.";

    String text() {
        StringBuilder text = new StringBuilder(String.join("\n\n", paragraphs));
        if (link != null) {
            text.append("\n\n").append(linkText).append(": ").append(link);
        }
        return text.append("\n\n--\n").append(FOOTER).append('\n').toString();
    }

    String html() {
        String body = paragraphs.stream().map(p -> "<p>" + escape(p) + "</p>").collect(Collectors.joining("\n"));
        String button = link == null ? ""
                : "\n<p><a href=\"" + escape(link) + "\" style=\"color:#1d70b8;font-weight:bold\">" + escape(linkText) + "</a></p>";
        return """
                <!DOCTYPE html>
                <html lang="en-GB">
                <head><meta charset="utf-8"><title>%s</title></head>
                <body style="font-family:Arial,Helvetica,sans-serif;font-size:19px;line-height:1.5;color:#0b0c0c;max-width:640px">
                <h1 style="font-size:27px">%s</h1>
                %s%s
                <hr>
                <p style="font-size:16px;color:#505a5f">%s</p>
                </body>
                </html>
                """.formatted(escape(subject), escape(subject), body, button, escape(FOOTER));
    }

    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}

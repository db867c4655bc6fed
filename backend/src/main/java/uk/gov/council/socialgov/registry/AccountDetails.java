package uk.gov.council.socialgov.registry;

import io.micronaut.core.annotation.Nullable;
import uk.gov.council.socialgov.policy.Platform;
import uk.gov.council.socialgov.web.FieldError;
import uk.gov.council.socialgov.web.SpreadsheetDates;
import uk.gov.council.socialgov.web.WebAddress;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the communications team says about an account, from a form or a row of the register: the
 * same checks for both. {@link #read} answers the details, or adds a problem per field and answers null.
 */
record AccountDetails(Platform platform, String handle, String name, @Nullable String url, String department, String kind,
                      @Nullable LocalDate campaignEndDate) {

    static final List<String> KINDS = List.of("CORPORATE", "DEPARTMENTAL", "CAMPAIGN");

    /** The text as given; blanks are null. */
    record Given(@Nullable String platform, @Nullable String handle, @Nullable String name, @Nullable String url,
                 @Nullable String department, @Nullable String kind, @Nullable String campaignEndDate) {
    }

    /** Reads the details; each problem is added under its field's name. */
    static @Nullable AccountDetails read(Given given, List<FieldError> problems) {
        int before = problems.size();
        Platform platform = null;
        if (blank(given.platform())) {
            problems.add(new FieldError("platform", "Choose the platform"));
        } else {
            platform = ActivityImport.platform(given.platform());
            if (platform == null) {
                problems.add(new FieldError("platform", "\u201c" + given.platform().strip() + "\u201d is not a platform the registry knows"));
            }
        }
        String handle = text(given.handle());
        if (handle == null) {
            problems.add(new FieldError("handle", "Enter the account's handle"));
        } else if (handle.length() > 200) {
            problems.add(new FieldError("handle", "The handle must be 200 characters or fewer"));
        }
        String name = text(given.name());
        if (name == null) {
            problems.add(new FieldError("name", "Enter the account's name"));
        } else if (name.length() > 200) {
            problems.add(new FieldError("name", "The name must be 200 characters or fewer"));
        }
        String url = text(given.url());
        if (url != null && (url.length() > 500 || !WebAddress.isWeb(url))) {
            problems.add(new FieldError("url", "Enter the account's web address starting https:// (500 characters or fewer)"));
        }
        String department = text(given.department());
        if (department == null) {
            problems.add(new FieldError("department", "Enter the department that runs the account"));
        } else if (department.length() > 200) {
            problems.add(new FieldError("department", "The department must be 200 characters or fewer"));
        }
        String kind = blank(given.kind()) ? null : given.kind().strip().toUpperCase(Locale.ROOT);
        if (kind == null || !KINDS.contains(kind)) {
            problems.add(new FieldError("kind", "Choose corporate, departmental or campaign"));
        }
        LocalDate campaignEnd = null;
        if ("CAMPAIGN".equals(kind)) {
            if (blank(given.campaignEndDate())) {
                problems.add(new FieldError("campaignEndDate", "Enter the date the campaign ends"));
            } else {
                campaignEnd = SpreadsheetDates.date(given.campaignEndDate());
                if (campaignEnd == null) {
                    problems.add(new FieldError("campaignEndDate", "Enter the date the campaign ends " + SpreadsheetDates.LIKE));
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new AccountDetails(platform, handle, name, url, department, kind, campaignEnd);
    }

    static AccountDetails of(AccountRegistry.Row row) {
        return new AccountDetails(row.platform(), row.handle(), row.name(), row.url(), row.department(), row.kind(), row.campaignEndDate());
    }

    /** What differs from the account as it is, in words ("name", "web address" ...). */
    List<String> differencesFrom(AccountDetails before) {
        List<String> what = new java.util.ArrayList<>();
        note(what, "platform", before.platform(), platform);
        note(what, "handle", before.handle(), handle);
        note(what, "name", before.name(), name);
        note(what, "web address", before.url(), url);
        note(what, "department", before.department(), department);
        note(what, "kind", before.kind(), kind);
        note(what, "campaign end date", before.campaignEndDate(), campaignEndDate);
        return what;
    }

    private static void note(List<String> what, String field, @Nullable Object before, @Nullable Object after) {
        if (!Objects.equals(before, after)) {
            what.add(field);
        }
    }

    static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    static @Nullable String text(@Nullable String text) {
        return blank(text) ? null : text.strip();
    }
}

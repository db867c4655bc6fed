package uk.gov.council.socialgov.web;

/** CSV exports: a cell a spreadsheet would run as a formula is quoted as text (CSV injection). */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String cell(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}

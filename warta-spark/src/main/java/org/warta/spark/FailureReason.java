package org.warta.spark;

import java.util.Locale;

/**
 * Why an input item gave no article, in a closed set for the run summary. The readers say why in a sentence;
 * {@link #of} sorts that sentence by the words the readers use.
 */
public enum FailureReason {
    UNREADABLE_FILE, BROKEN_FILE, NOT_HTML, HTTP_STATUS, TOO_LARGE, INVALID_JSON, NO_TEXT, BAD_RECORD,
    EXTRACTION_ERROR, OTHER;

    /** The reason a reader's failure message names. */
    public static FailureReason of(String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (m.contains("is broken at byte") || m.contains("cut short") || m.contains("unexpected end")) {
            return BROKEN_FILE;
        }
        if (m.contains("not html")) {
            return NOT_HTML;
        }
        if (m.contains("http status")) {
            return HTTP_STATUS;
        }
        if (m.contains("larger than") || m.contains("more than the limit")) {
            return TOO_LARGE;
        }
        if (m.contains("not valid json") || m.contains("not an object")) {
            return INVALID_JSON;
        }
        if (m.contains("neither")) {
            return NO_TEXT;
        }
        if (m.contains("could not read warc record")) {
            return BAD_RECORD;
        }
        return OTHER;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

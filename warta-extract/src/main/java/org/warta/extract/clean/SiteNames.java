package org.warta.extract.clean;

import java.net.URI;
import java.util.Locale;

/** The outlet's domain from a URL ({@code https://www.kompas.com/a/b} -> {@code kompas.com}). */
public final class SiteNames {
    private SiteNames() {
    }

    public static String fromUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : normalise(host);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Lower case, without a leading {@code www.} (or {@code m.}, {@code amp.}). */
    public static String normalise(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"www.", "m.", "amp."}) {
            if (h.startsWith(prefix) && h.indexOf('.', prefix.length()) > 0) {
                return h.substring(prefix.length());
            }
        }
        return h;
    }
}

package org.warta.server;

import java.time.Duration;
import java.util.List;

/**
 * What one request may take, and who else may call the API from a browser.
 *
 * @param maxBodyBytes the largest request body accepted (413 beyond it)
 * @param maxQueryChars the longest query string accepted (414 beyond it); each value is also capped
 * @param requestTime how long a read or an extraction may run before the answer is 503
 * @param corsOrigins origins allowed to call the API from a browser (CORS); empty: none, the default
 */
public record ServerLimits(long maxBodyBytes, int maxQueryChars, Duration requestTime, List<String> corsOrigins) {
    public static final ServerLimits DEFAULT = new ServerLimits(16L * 1024 * 1024, 2048, Duration.ofSeconds(10),
            List.of());

    public ServerLimits {
        if (maxBodyBytes < 1 || maxQueryChars < 1 || requestTime.isNegative() || requestTime.isZero()) {
            throw new IllegalArgumentException("Server limits must be positive, got body " + maxBodyBytes
                    + " bytes, query " + maxQueryChars + " characters, time " + requestTime);
        }
        corsOrigins = List.copyOf(corsOrigins);
    }

    /** The same limits with browsers from {@code origins} allowed. */
    public ServerLimits withCorsOrigins(List<String> origins) {
        return new ServerLimits(maxBodyBytes, maxQueryChars, requestTime, origins);
    }
}

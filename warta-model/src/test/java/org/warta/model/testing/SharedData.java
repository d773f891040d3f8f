package org.warta.model.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds {@code ../shared} (the data sets, the seed, the spec) for tests, and skips the test with a clear message
 * when it is not there. Looks at the {@code warta.shared} system property, the {@code WARTA_SHARED} environment
 * variable, then for a {@code shared} folder beside the project root or any folder above the working directory.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The shared folder, or null when none is found. */
    public static Path rootOrNull() {
        for (String candidate : new String[] {System.getProperty("warta.shared"), System.getenv("WARTA_SHARED")}) {
            if (candidate != null && !candidate.isBlank() && Files.isDirectory(Paths.get(candidate))) {
                return Paths.get(candidate).toAbsolutePath().normalize();
            }
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path sibling = dir.resolveSibling("shared");
            if (Files.isDirectory(sibling.resolve("spec"))) {
                return sibling.normalize();
            }
        }
        return null;
    }

    /** A path under the shared folder; the calling test is skipped, with the reason, when it is missing. */
    public static Path require(String relative) {
        Path root = rootOrNull();
        Assumptions.assumeTrue(root != null,
                "Skipped: ../shared is missing (looked at -Dwarta.shared, $WARTA_SHARED and beside the project); "
                        + "put the shared folder beside the checkout to run this test.");
        Path p = root.resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "Skipped: " + p + " is missing from the shared folder.");
        return p;
    }
}

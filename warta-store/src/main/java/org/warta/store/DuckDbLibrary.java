package org.warta.store;

import java.io.File;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.jar.JarEntry;
import org.duckdb.DuckDBConnection;

/**
 * Puts DuckDB's native library (60 MB) where its JDBC driver looks for it, once. The driver's own jar unpacks the
 * library to a new temporary file on every start (about a second); the runnable warta jar therefore carries it
 * under {@value #PACKED} instead, so the driver behaves as its {@code -nolib} variant: it loads {@code duckdb_java}
 * from {@code java.library.path}, else a file named as it names the library ({@code libduckdb_java.so_linux_amd64})
 * beside the jar holding it. This class unpacks the library beside the jar the first time and checks it (size and
 * CRC-32 of the jar entry) on later starts. On a plain classpath, where the driver's own jar is present, it does
 * nothing.
 */
final class DuckDbLibrary {
    static final String PACKED = "org/warta/store/duckdb/";
    private static boolean ready;

    private DuckDbLibrary() {
    }

    /** Makes sure the driver will find its library; call before the first connection. */
    static synchronized void prepare() {
        if (ready) {
            return;
        }
        String name = driverName(System.getProperty("os.name"), System.getProperty("os.arch"));
        ClassLoader loader = DuckDbLibrary.class.getClassLoader();
        URL packed = name == null ? null : loader.getResource(PACKED + name);
        if (packed == null || loader.getResource(name) != null || onLibraryPath()) {
            ready = true; // an unknown system, or the driver carries the library itself, or java.library.path has it
            return;
        }
        Path target = null;
        try {
            target = driverFolder().resolve(name);
            JarEntry entry = ((JarURLConnection) packed.openConnection()).getJarEntry();
            LibraryFile.ensure(target, packed::openStream, entry.getSize(), entry.getCrc());
        } catch (IOException | RuntimeException | URISyntaxException e) {
            throw new IllegalStateException("Could not place DuckDB's native library '" + name + "' beside the warta "
                    + "jar" + (target == null ? "" : " as '" + target + "'") + " (" + reason(e) + "). Run warta once "
                    + "as a user who may write there, or copy it there yourself (unzip -j warta.jar '" + PACKED
                    + name + "'), or start Java with -Djava.library.path=DIR where DIR holds it named '"
                    + System.mapLibraryName("duckdb_java") + "'.", e);
        }
        ready = true;
    }

    /** The library's name as the driver gives it, or null on a system the driver has no library for. */
    static String driverName(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT).strip();
        String arch = osArch.toLowerCase(Locale.ROOT).strip();
        String o = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "osx"
                : os.startsWith("linux") ? "linux" : null;
        String a = o != null && o.equals("osx") ? "universal"
                : arch.equals("x86_64") || arch.equals("amd64") ? "amd64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : null;
        return o == null || a == null ? null : "libduckdb_java.so_" + o + "_" + a;
    }

    /** The folder of the jar the driver's classes come from, where the driver looks for its library last. */
    private static Path driverFolder() throws URISyntaxException, IOException {
        Path jar = Path.of(DuckDBConnection.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return jar.getParent().toRealPath();
    }

    private static boolean onLibraryPath() {
        String file = System.mapLibraryName("duckdb_java");
        for (String dir : System.getProperty("java.library.path", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isRegularFile(Path.of(dir, file))) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Exception e) {
        return e instanceof IOException io ? Store.reason(io) : String.valueOf(e.getMessage());
    }
}

package org.warta.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a lexicon: a UTF-8 file, one entry a line, columns separated by TAB, {@code #} starting a comment line,
 * blank lines ignored. The file ships as a resource beside the class that reads it; a user adds entries without a
 * rebuild by putting a file of the same relative name ({@code quote/cues-id.tsv}) in a folder named by the
 * {@code warta.lexicons} system property or the {@code WARTA_LEXICONS} environment variable (several folders
 * separated by the path separator). The user's rows come after the shipped ones.
 */
public final class LexiconFile {
    private static final String ROOT = "org/warta/extract/";

    private LexiconFile() {
    }

    /**
     * All rows of {@code name} (for example {@code "quote/cues-id.tsv"}), shipped first, then the user's.
     *
     * @throws LexiconException when the shipped file is missing
     */
    public static List<LexiconRow> rows(String name) {
        List<LexiconRow> rows = new ArrayList<>();
        try (InputStream in = LexiconFile.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new LexiconException("Dictionary file '" + name + "' is missing from the classpath (expected "
                        + ROOT + name + " in warta-extract's resources); rebuild warta or restore the file.");
            }
            read(name, in, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read dictionary file '" + name + "'", e);
        }
        for (Path dir : userFolders()) {
            Path extra = dir.resolve(name);
            if (Files.isRegularFile(extra)) {
                try (InputStream in = Files.newInputStream(extra)) {
                    read(extra.toString(), in, rows);
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not read user dictionary file '" + extra
                            + "'; check that it is readable or remove it from " + dir, e);
                }
            }
        }
        return List.copyOf(rows);
    }

    /** The first column of every row, lower-cased: for plain word lists. */
    public static List<String> words(String name) {
        return rows(name).stream().map(r -> r.column(0).toLowerCase(Locale.ROOT)).toList();
    }

    private static void read(String file, InputStream in, List<LexiconRow> sink) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1); // a plain loop: start-up runs this interpreted, thousands of times
            for (int i = 0; i < cols.length; i++) {
                cols[i] = cols[i].strip();
            }
            sink.add(new LexiconRow(file, number, List.of(cols)));
        }
    }

    private static List<Path> userFolders() {
        String spec = System.getProperty("warta.lexicons");
        if (spec == null || spec.isBlank()) {
            spec = System.getenv("WARTA_LEXICONS");
        }
        if (spec == null || spec.isBlank()) {
            return List.of();
        }
        return Arrays.stream(spec.split(java.io.File.pathSeparator)).filter(s -> !s.isBlank()).map(Paths::get)
                .toList();
    }
}

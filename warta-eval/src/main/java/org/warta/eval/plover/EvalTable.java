package org.warta.eval.plover;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads one of the PLOVER evaluation's own TSV tables (TAB columns, {@code #} comments) from its resources. */
final class EvalTable {
    private EvalTable() {
    }

    static List<String[]> rows(String name) {
        String path = "org/warta/eval/plover/" + name;
        try (InputStream in = EvalTable.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Evaluation table '" + path + "' is missing from the classpath; "
                        + "rebuild warta-eval.");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read evaluation table '" + path + "'", e);
        }
    }
}

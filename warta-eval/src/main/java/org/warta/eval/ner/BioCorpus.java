package org.warta.eval.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a CoNLL-style file, {@code token<TAB>tag} a line and a blank line between sentences, as NERGrit ships it
 * (IndoNLU, Apache-2.0). Tags are BIO: {@code B-PERSON}, {@code I-PERSON}, {@code O}; NERGrit's {@code PLACE}
 * becomes {@code LOCATION} and {@code ORGANISATION} becomes {@code ORGANIZATION}. An {@code I-} tag with no
 * {@code B-} before it starts a name, as conlleval does.
 */
public final class BioCorpus {
    private static final Map<String, String> TYPES = Map.of("PERSON", "PERSON", "PER", "PERSON", "PLACE", "LOCATION",
            "LOC", "LOCATION", "LOCATION", "LOCATION", "ORGANISATION", "ORGANIZATION", "ORG", "ORGANIZATION",
            "ORGANIZATION", "ORGANIZATION");

    private BioCorpus() {
    }

    public static List<BioSentence> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the BIO file '" + file + "'; check the path", e);
        }
        List<BioSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                flush(tokens, tags, out);
                continue;
            }
            int tab = line.lastIndexOf('\t');
            tokens.add(tab < 0 ? line.strip() : line.substring(0, tab).strip());
            tags.add(tab < 0 ? "O" : line.substring(tab + 1).strip());
        }
        flush(tokens, tags, out);
        return out;
    }

    private static void flush(List<String> tokens, List<String> tags, List<BioSentence> out) {
        if (tokens.isEmpty()) {
            return;
        }
        List<BioSentence.TypedRange> names = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean inside = tag.startsWith("I-") && type != null && type.equals(typeOf(tag));
            if (start >= 0 && !inside) {
                names.add(new BioSentence.TypedRange(start, i, type));
                start = -1;
                type = null;
            }
            if (start < 0 && (tag.startsWith("B-") || tag.startsWith("I-")) && typeOf(tag) != null) {
                start = i;
                type = typeOf(tag);
            }
        }
        out.add(new BioSentence(tokens, names));
        tokens.clear();
        tags.clear();
    }

    private static String typeOf(String tag) {
        return TYPES.get(tag.substring(2));
    }
}

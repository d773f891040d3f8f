package org.warta.extract.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.warta.extract.lexicon.LexiconException;
import org.warta.extract.lexicon.LexiconFile;
import org.warta.extract.lexicon.LexiconRow;

/**
 * A dateline ({@code IMPIANNEWS.COM (Azerbaijan).}, {@code JAKARTA, KOMPAS.com -}, {@code WASHINGTON (Reuters) -}):
 * the place, the outlet's domain or the agency, and how much of the line it takes.
 *
 * @param length how many characters of the line the dateline covers (the whole line for a line dateline)
 */
public record Dateline(String place, String site, String agency, int length) {

    /**
     * A dateline's place as a name: {@code SUMBER MAKMUR} -> {@code Sumber Makmur}, {@code DEIR AL-BALAH} -> {@code
     * Deir Al-Balah}; a place already in mixed case is kept.
     */
    public static String placeName(String raw) {
        String p = raw.strip();
        if (!p.equals(p.toUpperCase(Locale.ROOT))) {
            return p;
        }
        StringBuilder sb = new StringBuilder(p.length());
        boolean start = true;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            sb.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '/';
        }
        return sb.toString();
    }

    /** The patterns of {@code clean/datelines.tsv}. */
    static final class Patterns {
        private final List<Pattern> lines = new ArrayList<>();
        private final List<Pattern> leads = new ArrayList<>();
        /** Lines that are a dateline only when their place is a known one ('KHARTOUM', not 'NISSAN SENTRA'). */
        private final List<Pattern> placeLines = new ArrayList<>();
        /** Leads that are a dateline only when their place is a known one ('SRINAGAR: ...', not 'BNPB: ...'). */
        private final List<Pattern> placeLeads = new ArrayList<>();

        static Patterns standard() {
            return Holder.STANDARD;
        }

        private static final class Holder {
            static final Patterns STANDARD = new Patterns(LexiconFile.rows("clean/datelines.tsv"));
        }

        Patterns(List<LexiconRow> rows) {
            for (LexiconRow row : rows) {
                Pattern p;
                try {
                    p = Pattern.compile(row.column(1));
                } catch (PatternSyntaxException e) {
                    throw new LexiconException(row, "invalid regular expression: " + e.getDescription());
                }
                switch (row.column(0)) {
                    case "line" -> lines.add(p);
                    case "lead" -> leads.add(p);
                    case "place-line" -> placeLines.add(p);
                    case "place-lead" -> placeLeads.add(p);
                    default -> throw new LexiconException(row, "unknown kind '" + row.column(0)
                            + "'; expected one of [line, lead, place-line, place-lead]");
                }
            }
        }

        /** The dateline that is this whole line, or null. */
        Dateline wholeLine(String line) {
            Dateline d = first(lines, line.strip(), true);
            if (d == null) {
                d = first(placeLines, line.strip(), true);
                d = d != null && knownPlace(d.place()) ? d : null;
            }
            return d;
        }

        /** A paragraph of a story, not a headline: it ends as a sentence does. */
        private static boolean isProse(String paragraph) {
            String t = paragraph.strip();
            return ".\"”".indexOf(t.charAt(t.length() - 1)) >= 0;
        }

        /** True when the actor dictionary knows the whole name as a place. */
        private static boolean knownPlace(String name) {
            List<org.warta.extract.segment.Token> tokens = org.warta.extract.segment.Tokenizer.standard()
                    .tokenize(name, 0, name.length());
            org.warta.extract.entity.ActorDictionary.Match m = tokens.isEmpty() ? null
                    : org.warta.extract.entity.ActorDictionary.standard().longestAt(tokens, 0);
            return m != null && m.length() == tokens.size()
                    && m.actor().type() == org.warta.model.EntityType.LOCATION;
        }

        /** The dateline that opens this paragraph, or null. */
        Dateline lead(String paragraph) {
            Dateline d = first(leads, paragraph, false);
            if (d == null) {
                d = first(placeLeads, paragraph, false);
                d = d != null && (knownPlace(d.place()) || isProse(paragraph)) ? d : null;
            }
            return d;
        }

        private static Dateline first(List<Pattern> patterns, String s, boolean whole) {
            for (Pattern p : patterns) {
                Matcher m = p.matcher(s);
                if (whole ? m.matches() : m.lookingAt()) {
                    return new Dateline(place(group(m, "place")), site(group(m, "site")), group(m, "agency"), m.end());
                }
            }
            return null;
        }

        private static String group(Matcher m, String name) {
            try {
                String g = m.group(name);
                return g == null ? null : g.strip();
            } catch (IllegalArgumentException e) {
                return null; // the pattern has no such group
            }
        }

        /** {@code JAKARTA} -> {@code Jakarta}, {@code NEW YORK} -> {@code New York}; mixed case is kept. */
        private static String place(String raw) {
            return raw == null ? null : placeName(raw);
        }

        private static String site(String raw) {
            return raw == null ? null : SiteNames.normalise(raw);
        }
    }
}

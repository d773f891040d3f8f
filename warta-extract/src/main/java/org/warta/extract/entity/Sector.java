package org.warta.extract.entity;

import java.util.Arrays;
import java.util.Locale;
import org.warta.extract.lexicon.LexiconException;
import org.warta.extract.lexicon.LexiconRow;

/**
 * PLOVER's actor sectors, the closed set an actor dictionary may use, with the four CAMEO agent codes PLOVER
 * keeps for religious bodies, legislatures, elites and environmental groups (REL, LEG, ELI, ENV).
 */
public enum Sector {
    GOV, MIL, REB, OPP, PTY, COP, JUD, SPY, IGO, MED, EDU, BUS, CRM, CVL, JRN, NGO, REF, SET, AGR, RAD, UAF, LAB,
    IMG, HRI, REL, LEG, ELI, ENV;

    /**
     * The sector in column {@code i} of {@code row}, or null when the column is empty or {@code -}.
     *
     * @throws LexiconException naming the file, the line, the bad value and the allowed ones
     */
    public static Sector column(LexiconRow row, int i) {
        String raw = row.column(i, null);
        if (raw == null) {
            return null;
        }
        try {
            return valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LexiconException(row, "unknown sector '" + raw + "'; expected one of "
                    + Arrays.toString(values()) + " (PLOVER sectors) or '-'");
        }
    }
}

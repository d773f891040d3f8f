package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.warta.extract.segment.Token;
import org.warta.model.EntityType;

/**
 * Military units and fronts named by number in English: an ordinal number right before an organisation's name found
 * by its form is part of that name ({@code the 64th Infantry Battalion}, {@code the 101st Infantry Brigade}, {@code
 * Colombia's 36th Front}), so units of one army with other numbers stay apart. Ordinal suffixes are the {@code
 * ordinal-suffix} words of {@code entity/heads.tsv}.
 */
final class NumberedUnits {
    private NumberedUnits() {
    }

    /** {@code found} (a sentence's mentions) with each organisation's ordinal number joined to it. */
    static List<Mention> join(List<Token> tokens, List<Mention> found, NameLexicon lexicon) {
        List<Mention> out = null;
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            if (m.type() != EntityType.ORGANIZATION || m.actor() != null || m.pronoun()) {
                continue;
            }
            int k = Token.indexAt(tokens, m.start());
            if (k == 0 || k >= tokens.size() || tokens.get(k).start() != m.start()
                    || !lexicon.isNumberedOrdinal(tokens.get(k - 1))) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(found);
            }
            out.set(i, new Mention(tokens.get(k - 1).start(), m.end(), m.type(), null, m.evidence(), m.roleStart(),
                    m.roleEnd(), m.roleSector(), false));
        }
        return out == null ? found : out;
    }
}

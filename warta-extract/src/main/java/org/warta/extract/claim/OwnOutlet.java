package org.warta.extract.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warta.extract.lexicon.LexiconFile;
import org.warta.extract.lexicon.LexiconRow;
import org.warta.model.Claim;

/**
 * The outlet that publishes an article relays nothing in it: on aljazeera.com, 'a security source told Al Jazeera
 * that ...' is the outlet's own reporting, and the source speaks to the reader directly. Outlets and their domains
 * come from {@code entity/actors/outlets.tsv}.
 */
public final class OwnOutlet {
    private final Map<String, String> nameByDomain = new LinkedHashMap<>();

    private OwnOutlet() {
        for (LexiconRow row : LexiconFile.rows("entity/actors/outlets.tsv")) {
            if (!row.column(3).equals("-")) {
                nameByDomain.put(row.column(3), row.column(0));
            }
        }
    }

    public static OwnOutlet standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final OwnOutlet STANDARD = new OwnOutlet();
    }

    /** The outlet's name for site {@code site} ({@code aljazeera.com}, {@code english.aljazeera.com}), or null. */
    String nameOf(String site) {
        if (site == null) {
            return null;
        }
        for (String host = site; ; host = host.substring(host.indexOf('.') + 1)) {
            String name = nameByDomain.get(host);
            if (name != null || host.indexOf('.') < 0) {
                return name;
            }
        }
    }

    /** {@code claims} with the outlet of {@code site} taken out of their relays. */
    public List<Claim> notRelaying(List<Claim> claims, String site) {
        String own = nameOf(site);
        if (own == null) {
            return claims;
        }
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            if (!c.via().contains(own)) {
                out.add(c);
                continue;
            }
            List<String> via = new ArrayList<>(c.via());
            via.remove(own);
            out.add(new Claim(c.id(), c.predicate(), c.count(), c.object(), c.objectText(), c.claimant(), via,
                    c.agent(), c.affected(), c.place(), c.period(), c.status(), c.responses(), c.evidence(),
                    c.confidence()));
        }
        return out;
    }
}

package org.warta.store.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.warta.model.Claim;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.Record;
import org.warta.model.RecordJson;
import org.warta.model.Span;

/**
 * Events as PLOVER JSON records, shaped like the PLOVER gold-standard records ({@code id, date, source,
 * target, event, mode, eventText, context, text, language, publication}), with Warta's own fields
 * (modality, confidence, the claims that quantify the event, the article) under {@code warta}.
 */
public final class PloverEvents {
    private PloverEvents() {
    }

    public static void write(Record r, Consumer<String> out) {
        Map<String, Entity> byId = new HashMap<>();
        r.entities().forEach(e -> byId.put(e.id(), e));
        Map<String, Claim> claims = new HashMap<>();
        r.claims().forEach(c -> claims.put(c.id(), c));
        for (Event e : r.events()) {
            ObjectNode n = RecordJson.mapper().createObjectNode();
            n.put("id", r.id() + "-" + e.id());
            n.put("date", e.date() != null ? e.date() : r.published());
            n.set("source", actors(e.actors(), byId));
            n.set("target", actors(e.recipients(), byId));
            n.put("event", e.type() == null ? null : e.type().name());
            n.put("mode", e.mode());
            n.put("eventText", e.trigger() == null ? null : e.trigger().text());
            n.putNull("context");
            n.put("text", evidence(r.text(), e.evidence()));
            n.put("language", r.language());
            n.put("publication", r.source().site());
            n.put("url", r.source().url());
            ObjectNode w = n.putObject("warta");
            w.put("article_id", r.id());
            w.put("modality", e.modality() == null ? null : e.modality().name());
            w.put("confidence", e.confidence());
            w.put("place", e.place() != null && byId.containsKey(e.place()) ? byId.get(e.place()).name() : e.place());
            ArrayNode cs = w.putArray("claims");
            for (String id : e.claims()) {
                if (claims.containsKey(id)) {
                    cs.add(RecordJson.mapper().valueToTree(claims.get(id)));
                }
            }
            out.accept(RecordJson.line(n));
        }
    }

    private static ArrayNode actors(List<String> ids, Map<String, Entity> byId) {
        ArrayNode a = RecordJson.mapper().createArrayNode();
        for (String id : ids) {
            Entity e = byId.get(id);
            ObjectNode o = a.addObject();
            o.put("actorText", e == null ? id : e.name());
            o.put("code", e == null ? null : e.country());
            o.put("sector", e == null ? null : e.sector());
        }
        return a;
    }

    /** The evidence sentences' text; spans count code points. */
    static String evidence(String text, List<Span> spans) {
        StringBuilder b = new StringBuilder();
        for (Span s : spans) {
            int n = text.codePointCount(0, text.length());
            if (s.end() > n) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(text, text.offsetByCodePoints(0, s.start()), text.offsetByCodePoints(0, s.end()));
        }
        return b.length() == 0 ? null : b.toString();
    }
}

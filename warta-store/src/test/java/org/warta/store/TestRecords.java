package org.warta.store;

import java.util.List;
import org.warta.model.Claim;
import org.warta.model.ClaimStatus;
import org.warta.model.Count;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Event;
import org.warta.model.EventType;
import org.warta.model.Modality;
import org.warta.model.ObjectCategory;
import org.warta.model.Period;
import org.warta.model.Predicate;
import org.warta.model.Quantity;
import org.warta.model.Quote;
import org.warta.model.Record;
import org.warta.model.Response;
import org.warta.model.Source;
import org.warta.model.Span;
import org.warta.model.Stance;

/** Records with every list filled, written by hand for store and API tests (the stages may still be empty). */
public final class TestRecords {
    private TestRecords() {
    }

    /** A side's claim about the other's losses, with the other side's response, in Indonesian. */
    public static Record claim(String id, String site, String published, String claimantCountry,
                               String affectedCountry, int killed, Stance response) {
        String claimantName = "Kementerian Pertahanan " + country(claimantCountry);
        String affectedName = country(affectedCountry);
        String text = claimantName + " mengklaim telah menewaskan " + killed + " personel militer " + affectedName
                + " dalam serangan di Tovuz. \"Kami menghancurkan posisi musuh,\" kata juru bicara Vagif Dargahli. "
                + affectedName + " belum berkomentar soal klaim tersebut. Pertempuran berlanjut sepanjang hari "
                + "dengan artileri berat dan pesawat nirawak menurut laporan wartawan di lapangan setempat.";
        int c0 = 0;
        int c1 = claimantName.length();
        int n0 = text.indexOf(String.valueOf(killed));
        int n1 = n0 + String.valueOf(killed).length();
        int a0 = text.indexOf(affectedName);
        int q0 = text.indexOf("Kami");
        int q1 = text.indexOf(",\" kata");
        List<Entity> entities = List.of(
                new Entity("e1", EntityType.ORGANIZATION, claimantName, claimantCountry, "MIL", null,
                        List.of(new Span(c0, c1, claimantName))),
                new Entity("e2", EntityType.LOCATION, affectedName, affectedCountry, "MIL", null,
                        List.of(new Span(a0, a0 + affectedName.length(), affectedName))),
                new Entity("e3", EntityType.PERSON, "Vagif Dargahli", claimantCountry, "MIL", "juru bicara",
                        List.of(new Span(text.indexOf("Vagif"), text.indexOf("Vagif") + 14, "Vagif Dargahli"))));
        Quantity q = new Quantity(String.valueOf(killed), n0, n1, (double) killed, null, null, false,
                "personel militer " + affectedName, "personnel");
        Quote quote = new Quote(text.substring(q0, q1), q0, q1, "e3", "Vagif Dargahli", "kata", true);
        Claim claim = new Claim("c1", Predicate.KILLED, Count.exact(killed), ObjectCategory.PERSONNEL,
                "personel militer " + affectedName, "e1", List.of("Anadolu Agency"), "e1", "e2", "e2",
                new Period(published, published), ClaimStatus.CLAIMED,
                response == null ? List.of() : List.of(new Response("e2", response, null, null)),
                List.of(Span.of(0, text.indexOf('.') + 1)), 0.8);
        Event event = new Event("v1", EventType.ASSAULT, "heavy-weapons", List.of("e1"), List.of("e2"),
                Modality.CLAIMED, published, null, new Span(text.indexOf("menewaskan"), text.indexOf("menewaskan") + 10,
                "menewaskan"), List.of(Span.of(0, text.indexOf('.') + 1)), List.of("c1"), 0.7);
        return new Record(Record.SCHEMA, id, new Source("https://" + site + "/" + id, site, null), "id",
                "Klaim " + killed + " tentara " + affectedName + " tewas", published, null, text, entities, List.of(q),
                List.of(), List.of(quote), List.of(claim), List.of(event), List.of());
    }

    /** An English article with no claims. */
    public static Record plain(String id, String site, String published, String text) {
        return new Record(Record.SCHEMA, id, new Source(null, site, null), "en", "Talks " + id, published, null, text,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static String country(String code) {
        return switch (code) {
            case "AZE" -> "Azerbaijan";
            case "ARM" -> "Armenia";
            default -> code;
        };
    }
}

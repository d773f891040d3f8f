package org.warta.extract.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Span;

/**
 * The entity stage's mentions in text order, for looking up who stands near a word. Where mentions overlap the
 * longer one wins; a place or organisation named inside a person's title ({@code Presiden Rusia Vladimir Putin})
 * is not an actor of its own.
 */
public final class EntityIndex {
    /** One mention of an entity (UTF-16 offsets). */
    public record Mention(Entity entity, int start, int end) {
    }

    private final List<Mention> mentions;
    private final Map<String, Entity> byId = new HashMap<>();
    private final List<Entity> entities;
    private final Map<String, java.util.Optional<Entity>> rolesBodies = new HashMap<>();

    public EntityIndex(List<Entity> entities) {
        this.entities = List.copyOf(entities);
        List<Mention> all = new ArrayList<>();
        for (Entity e : entities) {
            byId.put(e.id(), e);
            for (Span s : e.mentions()) {
                if (!org.warta.extract.entity.EntityFinder.refersToABody(s)) { // 'it said': the claim stage reads
                    all.add(new Mention(e, s.start(), s.end()));                // 'it' by its last source itself
                }
            }
        }
        all.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -(m.end() - m.start())));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : all) {
            if (kept.isEmpty() || m.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(m);
            }
        }
        this.mentions = List.copyOf(kept);
    }

    public Entity byId(String id) {
        return id == null ? null : byId.get(id);
    }

    /** Mentions lying wholly inside {@code [start, end)}, in text order. */
    public List<Mention> in(int start, int end) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.start() >= start && m.end() <= end) {
                out.add(m);
            }
        }
        return out;
    }

    /** True when some mention overlaps {@code [start, end)}: the words there belong to a name. */
    public boolean covers(int start, int end) {
        for (Mention m : mentions) {
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** Mentions inside {@code [start, end)} that can act: not a country or body named in a person's title. */
    public List<Mention> actorsIn(String text, int start, int end) {
        List<Mention> in = in(start, end);
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Mention m = in.get(i);
            boolean titleOfNext = i + 1 < in.size() && m.entity().type() != EntityType.PERSON
                    && in.get(i + 1).entity().type() == EntityType.PERSON
                    && text.substring(m.end(), in.get(i + 1).start()).isBlank();
            if (!titleOfNext) {
                out.add(m);
            }
        }
        return out;
    }

    /** The mention covering offset {@code at}, or null. */
    public Mention at(int at) {
        for (Mention m : mentions) {
            if (m.start() <= at && at < m.end()) {
                return m;
            }
        }
        return null;
    }

    /** Sectors of actors that fight or oppose their own country's state. */
    private static final java.util.Set<String> NON_STATE = java.util.Set.of("REB", "OPP", "INS");

    /** True when a person of the article holds a role with {@code word} in it ('spokesperson of Operation X'). */
    public boolean aRoleHolds(String word) {
        for (Entity e : entities) {
            if (roleHolds(e, word)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code e} is a person whose role holds {@code word}, a lower-case word. */
    private static boolean roleHolds(Entity e, String word) {
        return e.type() == EntityType.PERSON && e.role() != null
                && (" " + e.role().toLowerCase(Locale.ROOT) + " ").contains(" " + word + " ");
    }

    /**
     * The one person whose role holds {@code word} ({@code governor} of 'Volgograd Governor'), or null when no one's
     * or several people's do.
     */
    public Entity roleHolder(String word) {
        Entity found = null;
        for (Entity e : entities) {
            if (roleHolds(e, word)) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /**
     * True for a source the text cites without a name ({@code a local official in Bol said}): a person whose name
     * opens with its role, the description it is known by; a person the text names has a name of its own.
     */
    public static boolean isUnnamed(Entity e) {
        return e != null && e.type() == EntityType.PERSON && e.role() != null && !e.role().isEmpty()
                && e.name().regionMatches(true, 0, e.role(), 0, e.role().length());
    }

    /**
     * True when a figure's {@code claimant} gives way to {@code source} named later for it: it has none yet, or it is a
     * source without a name and {@code source} has one ('..., officials said. // The figures were shared by ... Dr X').
     */
    static boolean givesWayTo(Entity claimant, Entity source) {
        return claimant == null || isUnnamed(claimant) && !isUnnamed(source);
    }

    public static boolean isOutlet(Entity e) {
        return e != null && "JRN".equalsIgnoreCase(e.sector());
    }

    /**
     * The place entity that stands for {@code e}'s country: {@code e} itself when it is a place, else a place of the
     * same country whose name appears in {@code e}'s name or role ({@code Kementerian Pertahanan Azerbaijan} ->
     * Azerbaijan); {@code e} itself when there is none (a city of that country is not its side).
     */
    public Entity sideOf(Entity e) {
        if (e != null && e.type() == EntityType.PERSON && e.role() != null) {
            Entity body = organisationIn(e.role());
            if (body != null) {
                return sideOf(body); // 'juru bicara RSF Al-Fateh Qurashi': 'Pasukan kami' are the RSF
            }
        }
        if (e == null || e.type() == EntityType.LOCATION || e.country() == null) {
            return e;
        }
        if (isUnnamed(e) && country(e.country()) != null) {
            return country(e.country()); // 'a local official in Jammu and Kashmir': his country, not where he works
        }
        String label = (e.name() + " " + (e.role() == null ? "" : e.role())).toLowerCase(Locale.ROOT);
        for (Entity c : entities) {
            if (c.type() == EntityType.LOCATION && e.country().equals(c.country())
                    && label.contains(c.name().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        Entity country = e.type() == EntityType.PERSON ? country(e.country()) : null;
        return country != null ? country : e; // 'ministry spokeswoman Lusine Grigoryan' of Armenia's ministry
    }

    /** An organisation of the article named in a person's role ({@code juru bicara RSF}), or null; once per role. */
    private Entity organisationIn(String role) {
        return rolesBodies.computeIfAbsent(role, r -> java.util.Optional.ofNullable(findOrganisationIn(r)))
                .orElse(null);
    }

    private Entity findOrganisationIn(String role) {
        String r = " " + role.toLowerCase(Locale.ROOT) + " ";
        for (Entity o : entities) {
            if (o.type() != EntityType.ORGANIZATION || "JRN".equals(o.sector())) {
                continue;
            }
            for (Span m : o.mentions()) {
                if (m.text() != null && m.text().length() > 1
                        && r.contains(" " + m.text().toLowerCase(Locale.ROOT) + " ")) {
                    return o;
                }
            }
        }
        return null;
    }

    /** A country named as a place stands for its side ({@code Azerbaijan menembak}); a region or city does not. */
    public static boolean isCountry(Entity e) {
        return e.type() == EntityType.LOCATION && e.country() != null
                && org.warta.extract.entity.ActorDictionary.standard().isCountry(e.name());
    }

    /** The article's place entity of the country with ISO code {@code iso} ({@code UKR}: Ukraine), or null. */
    public Entity country(String iso) {
        for (Entity c : entities) {
            if (iso.equals(c.country()) && isCountry(c)) {
                return c;
            }
        }
        return null;
    }

    /** The article's first military body of the country {@code iso}, else its first government body, or null. */
    public Entity stateBody(String iso) {
        Entity government = null;
        for (Entity e : entities) {
            if (e.type() == EntityType.ORGANIZATION && iso.equals(e.country())) {
                if ("MIL".equals(e.sector())) {
                    return e;
                }
                if (government == null && "GOV".equals(e.sector())) {
                    government = e;
                }
            }
        }
        return government;
    }

    /**
     * True when the two entities are on the same side: the same entity, or of the same country and both of its
     * state or both outside it. An armed group or the opposition and the government of one country are two sides
     * ({@code Rapid Support Forces} and Sudan's army; Myanmar's junta and the National Unity Government).
     */
    public static boolean sameSide(Entity a, Entity b) {
        if (a == null || b == null) {
            return false;
        }
        return a.id().equals(b.id()) || (a.country() != null && a.country().equals(b.country())
                && outsideTheState(a) == outsideTheState(b));
    }

    static boolean outsideTheState(Entity e) {
        return e.sector() != null && NON_STATE.contains(e.sector());
    }
}

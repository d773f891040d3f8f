package org.warta.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reading the entity ids that claims, quotes and events hold: the entity, its name (the id itself when it names no
 * entity of the record) and its country. The store's rows and the Spark job's rows flatten records with these.
 */
public final class EntityRefs {
    private EntityRefs() {
    }

    public static Entity find(Map<String, Entity> byId, String id) {
        return id == null ? null : byId.get(id);
    }

    public static String name(Entity e, String id) {
        return e != null ? e.name() : id;
    }

    public static String country(Entity e) {
        return e == null ? null : e.country();
    }

    /** The names of {@code ids}, joined with {@code "; "}. */
    public static String names(Map<String, Entity> byId, List<String> ids) {
        return ids.stream().map(id -> name(byId.get(id), id)).collect(Collectors.joining("; "));
    }

    /** The distinct countries of {@code ids}, joined with a space. */
    public static String countries(Map<String, Entity> byId, List<String> ids) {
        return ids.stream().map(id -> country(byId.get(id))).filter(Objects::nonNull).distinct()
                .collect(Collectors.joining(" "));
    }
}

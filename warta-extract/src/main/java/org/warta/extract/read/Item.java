package org.warta.extract.read;

import java.util.List;
import org.warta.extract.RawArticle;
import org.warta.model.Diagnostic;

/**
 * One input item: an article to extract, or why it could not be read. Either way it has a name for messages
 * ({@code path/to/file.txt}, {@code input.jsonl:42}); {@code notes} are what reading it had to work around.
 *
 * @param id the id for a failed item's record (the JSON line's id, or null to derive one from the name)
 */
public record Item(String name, String id, RawArticle article, Diagnostic failure, List<Diagnostic> notes) {
    public Item {
        notes = List.copyOf(notes);
    }

    public static Item ok(String name, RawArticle article, List<Diagnostic> notes) {
        return new Item(name, article.id(), article, null, notes);
    }

    public static Item failed(String name, String id, String message) {
        return new Item(name, id, null, new Diagnostic("read", message), List.of());
    }

    public boolean isFailed() {
        return failure != null;
    }
}

package org.warta.store.index;

import java.util.Map;
import org.apache.lucene.index.IndexWriter;

/** Reads a value a writer's last (or pending) commit recorded, such as the last article sequence number held. */
final class CommitData {
    private CommitData() {
    }

    static String get(IndexWriter writer, String name) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals(name)) {
                    return e.getValue();
                }
            }
        }
        return null;
    }
}

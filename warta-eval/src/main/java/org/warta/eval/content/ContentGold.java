package org.warta.eval.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the article-extraction benchmark's gold ({@code ground-truth.json}: {@code {id: {articleBody, url}}}) and
 * pairs each entry with {@code <id>.html.gz} (or {@code <id>.html}) in the HTML folder.
 */
public final class ContentGold {
    private ContentGold() {
    }

    /**
     * @throws IllegalArgumentException when the gold is not the expected JSON or a page's HTML file is missing
     */
    public static List<GoldPage> load(Path goldJson, Path htmlDir) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(goldJson.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read gold file '" + goldJson + "'; expected the benchmark's "
                    + "ground-truth.json ({id: {articleBody, url}})", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("Gold file '" + goldJson + "' is not a JSON object; expected "
                    + "{id: {articleBody, url}} as in the article-extraction benchmark's ground-truth.json.");
        }
        List<GoldPage> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            Path html = htmlDir.resolve(id + ".html.gz");
            if (!Files.exists(html)) {
                html = htmlDir.resolve(id + ".html");
            }
            if (!Files.exists(html)) {
                throw new IllegalArgumentException("Page '" + id + "' of the gold has no HTML file in '" + htmlDir
                        + "'; expected " + id + ".html.gz or " + id + ".html. Give the folder that holds the pages.");
            }
            pages.add(new GoldPage(id, e.getValue().path("url").asText(null),
                    e.getValue().path("articleBody").asText(""), html));
        }
        return pages;
    }
}

package org.warta.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.warta.extract.Extractor;
import org.warta.extract.RawArticle;
import org.warta.model.EventType;
import org.warta.model.ObjectCategory;
import org.warta.model.Predicate;
import org.warta.model.Record;
import org.warta.model.RecordJson;
import org.warta.store.AddResult;
import org.warta.store.ClaimFilter;
import org.warta.store.Store;
import org.warta.store.index.SearchQuery;

/** The API's handlers; each documents itself for {@code /openapi.json}. */
final class Routes {
    private static final Set<String> PREDICATES = Arrays.stream(Predicate.values()).map(Enum::name)
            .collect(Collectors.toSet());
    private static final Set<String> OBJECTS = Arrays.stream(ObjectCategory.values())
            .map(o -> RecordJson.mapper().convertValue(o, String.class)).collect(Collectors.toSet());
    private static final Set<String> EVENT_TYPES = Arrays.stream(EventType.values()).map(Enum::name)
            .collect(Collectors.toSet());

    private final Store store;
    private final Supplier<Extractor> extractor;
    private final byte[] token;

    Routes(Store store, Supplier<Extractor> extractor, String token) {
        this.store = store;
        this.extractor = extractor;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @OpenApi(path = "/api/articles", methods = HttpMethod.GET, summary = "Search articles (full text, paginated)",
            queryParams = {@OpenApiParam(name = "q", description = "Lucene query: words, \"phrases\", OR, -word"),
                @OpenApiParam(name = "lang", description = "ISO 639-1 language code"),
                @OpenApiParam(name = "site", description = "publishing site's domain"),
                @OpenApiParam(name = "from", description = "published on or after, YYYY-MM-DD"),
                @OpenApiParam(name = "to", description = "published on or before, YYYY-MM-DD"),
                @OpenApiParam(name = "page", type = Integer.class, description = "page, from 1"),
                @OpenApiParam(name = "size", type = Integer.class, description = "items per page, 1-100")},
            responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(type = "application/json")),
                @OpenApiResponse(status = "400", description = "a bad parameter, named in the body")})
    void articles(Context ctx) {
        Params p = Params.of(ctx, "q", "lang", "site", "from", "to");
        String q = p.text("q");
        if (q != null) {
            String bad = store.querySyntaxError(q);
            if (bad != null) {
                throw ApiError.badParameter("q", "Parameter 'q' is '" + q + "', not a valid query: " + bad
                        + "; use words, \"phrases\", OR and -word.");
            }
        }
        ctx.json(store.search(new SearchQuery(q, p.text("lang"), p.text("site"), p.date("from"), p.date("to")),
                p.page(), p.size()));
    }

    @OpenApi(path = "/api/articles/{id}", methods = HttpMethod.GET, summary = "One article's full record",
            pathParams = @OpenApiParam(name = "id", required = true, description = "record id or content hash"),
            responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(type = "application/json")),
                @OpenApiResponse(status = "404", description = "no such article")})
    void article(Context ctx) {
        Params.of(ctx);
        String id = ctx.pathParam("id");
        String json = store.articleJson(id).orElseThrow(() -> new ApiError(404, "id",
                "No article with id '" + id + "'; find ids with GET /api/articles."));
        ctx.contentType("application/json").result(json);
    }

    @OpenApi(path = "/api/claims", methods = HttpMethod.GET, summary = "Claims, filtered (paginated)",
            queryParams = {@OpenApiParam(name = "claimant", description = "country code, entity id or name part"),
                @OpenApiParam(name = "affected", description = "country code, entity id or name part"),
                @OpenApiParam(name = "predicate", description = "KILLED, WOUNDED, DESTROYED, ..."),
                @OpenApiParam(name = "object", description = "personnel, armoured_vehicle, ..."),
                @OpenApiParam(name = "place", description = "country code, entity id or name part"),
                @OpenApiParam(name = "from", description = "day on or after, YYYY-MM-DD"),
                @OpenApiParam(name = "to", description = "day on or before, YYYY-MM-DD"),
                @OpenApiParam(name = "page", type = Integer.class), @OpenApiParam(name = "size", type = Integer.class)},
            responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(type = "application/json")),
                @OpenApiResponse(status = "400", description = "a bad parameter, named in the body")})
    void claims(Context ctx) {
        Params p = Params.of(ctx, "claimant", "affected", "predicate", "object", "place", "from", "to");
        ClaimFilter f = new ClaimFilter(p.text("claimant"), p.text("affected"), p.oneOf("predicate", PREDICATES),
                p.oneOf("object", OBJECTS), p.text("place"), p.date("from"), p.date("to"));
        ctx.json(store.claims(f, p.page(), p.size()));
    }

    @OpenApi(path = "/api/claims/compare", methods = HttpMethod.GET,
            summary = "Each side's claims about the other's losses, per day and object, with the other's responses",
            queryParams = {@OpenApiParam(name = "side", required = true,
                    description = "two ISO 3166 alpha-3 codes: side=AZE&side=ARM"),
                @OpenApiParam(name = "from", description = "YYYY-MM-DD"), @OpenApiParam(name = "to", description = "YYYY-MM-DD"),
                @OpenApiParam(name = "page", type = Integer.class), @OpenApiParam(name = "size", type = Integer.class)},
            responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(type = "application/json")),
                @OpenApiResponse(status = "400", description = "a bad parameter, named in the body")})
    void compare(Context ctx) {
        Params p = Params.of(ctx, "side", "from", "to");
        List<String> sides = p.all("side").stream().map(s -> s.strip().toUpperCase(java.util.Locale.ROOT)).toList();
        if (sides.size() != 2 || sides.get(0).equals(sides.get(1))
                || !sides.stream().allMatch(s -> s.matches("[A-Z]{3}"))) {
            throw ApiError.badParameter("side", "Parameter 'side' is " + p.all("side")
                    + "; expected two different ISO 3166 alpha-3 codes, e.g. side=AZE&side=ARM.");
        }
        var page = store.compare(sides.get(0), sides.get(1), p.date("from"), p.date("to"), p.page(), p.size());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sides", sides);
        out.put("page", page.page());
        out.put("size", page.size());
        out.put("total", page.total());
        out.put("items", page.items());
        ctx.json(out);
    }

    @OpenApi(path = "/api/quotes", methods = HttpMethod.GET, summary = "Quotes by speaker or words (paginated)",
            queryParams = {@OpenApiParam(name = "speaker", description = "name part, entity id or country code"),
                @OpenApiParam(name = "q", description = "words the quote contains"),
                @OpenApiParam(name = "page", type = Integer.class), @OpenApiParam(name = "size", type = Integer.class)},
            responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(type = "application/json")),
                @OpenApiResponse(status = "400", description = "a bad parameter, named in the body")})
    void quotes(Context ctx) {
        Params p = Params.of(ctx, "speaker", "q");
        ctx.json(store.queries().quotes(p.text("speaker"), p.text("q"), p.page(), p.size()));
    }

    @OpenApi(path = "/api/events", methods = HttpMethod.GET, summary = "PLOVER events (paginated)",
            queryParams = {@OpenApiParam(name = "type", description = "PLOVER type: ASSAULT, ACCUSE, ..."),
                @OpenApiParam(name = "actor", description = "name part or country code"),
                @OpenApiParam(name = "from", description = "YYYY-MM-DD"), @OpenApiParam(name = "to", description = "YYYY-MM-DD"),
                @OpenApiParam(name = "page", type = Integer.class), @OpenApiParam(name = "size", type = Integer.class)},
            responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(type = "application/json")),
                @OpenApiResponse(status = "400", description = "a bad parameter, named in the body")})
    void events(Context ctx) {
        Params p = Params.of(ctx, "type", "actor", "from", "to");
        ctx.json(store.queries().events(p.oneOf("type", EVENT_TYPES), p.text("actor"), p.date("from"), p.date("to"),
                p.page(), p.size()));
    }

    @OpenApi(path = "/api/entities", methods = HttpMethod.GET, summary = "Entities by name (paginated)",
            queryParams = {@OpenApiParam(name = "q", description = "part of the name"),
                @OpenApiParam(name = "page", type = Integer.class), @OpenApiParam(name = "size", type = Integer.class)},
            responses = @OpenApiResponse(status = "200", content = @OpenApiContent(type = "application/json")))
    void entities(Context ctx) {
        Params p = Params.of(ctx, "q");
        ctx.json(store.queries().entities(p.text("q"), p.page(), p.size()));
    }

    @OpenApi(path = "/api/stats", methods = HttpMethod.GET, summary = "Counts of what the store holds",
            responses = @OpenApiResponse(status = "200", content = @OpenApiContent(type = "application/json")))
    void stats(Context ctx) {
        Params.of(ctx);
        ctx.json(store.queries().stats());
    }

    @OpenApi(path = "/api/extract", methods = HttpMethod.POST, summary = "The record for posted text or HTML (stored nowhere)",
            requestBody = @OpenApiRequestBody(required = true, content = {@OpenApiContent(type = "application/json"),
                @OpenApiContent(type = "text/plain"), @OpenApiContent(type = "text/html")},
                description = "JSON {\"text\" or \"html\", \"id\", \"url\", \"published\", \"language\"}, or the "
                        + "article itself as text/plain or text/html"),
            responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(type = "application/json")),
                @OpenApiResponse(status = "400", description = "a bad body")})
    void extract(Context ctx) {
        Params.of(ctx);
        List<RawArticle> in = posted(ctx);
        if (in.size() != 1) {
            throw ApiError.badParameter("body", "POST /api/extract takes one article; use POST /api/ingest for many.");
        }
        ctx.contentType("application/json").result(RecordJson.line(extractor.get().extract(in.get(0))));
    }

    @OpenApi(path = "/api/ingest", methods = HttpMethod.POST, summary = "Extract and store articles (needs the token)",
            headers = @OpenApiParam(name = "Authorization", required = true, description = "Bearer TOKEN"),
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(type = "application/json"),
                description = "one article object or an array of them, as for /api/extract"),
            responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(type = "application/json")),
                @OpenApiResponse(status = "401", description = "missing or wrong token")})
    void ingest(Context ctx) {
        Params.of(ctx);
        String auth = ctx.header("Authorization");
        String given = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip() : null;
        if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiError(401, "Authorization", "POST /api/ingest needs the header 'Authorization: Bearer TOKEN' "
                    + "with the token 'warta serve' printed or read from --token-file.");
        }
        List<Record> records = new ArrayList<>();
        int failed = 0;
        for (RawArticle a : posted(ctx)) {
            Record r = extractor.get().extract(a);
            if (r.text().isBlank()) {
                failed++;
            } else {
                records.add(r);
            }
        }
        AddResult r = store.add(records);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ingested", r.added().size());
        out.put("duplicates", r.duplicates());
        out.put("failed", failed);
        out.put("ids", r.added());
        ctx.json(out);
    }

    /** The posted article(s): a JSON object or array of them, or the raw text or HTML. */
    private static List<RawArticle> posted(Context ctx) {
        String type = String.valueOf(ctx.contentType()).toLowerCase(java.util.Locale.ROOT);
        String body = ctx.body();
        if (body.isBlank()) {
            throw ApiError.badParameter("body", "The request body is empty; post JSON {\"text\": \"...\"} or the article.");
        }
        if (type.startsWith("text/plain")) {
            return List.of(RawArticle.text(body));
        }
        if (type.startsWith("text/html")) {
            return List.of(RawArticle.html(body, null));
        }
        JsonNode node;
        try {
            node = RecordJson.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badParameter("body", "The body is not valid JSON (" + e.getOriginalMessage()
                    + "); post {\"text\": \"...\"} or send Content-Type text/plain.");
        }
        List<RawArticle> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(article(n)));
        } else {
            out.add(article(node));
        }
        return out;
    }

    private static RawArticle article(JsonNode n) {
        if (!n.isObject() || (!n.hasNonNull("text") && !n.hasNonNull("html"))) {
            throw ApiError.badParameter("body", "Each article must be a JSON object with a \"text\" or \"html\" "
                    + "string; got " + (n.isObject() ? "an object without either" : "a JSON " + n.getNodeType()) + ".");
        }
        return new RawArticle(field(n, "id"), field(n, "text"), field(n, "html"), field(n, "url"), field(n, "published"),
                field(n, "language"), null);
    }

    private static String field(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }
}

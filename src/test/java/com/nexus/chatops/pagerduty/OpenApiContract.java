package com.nexus.chatops.pagerduty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * PagerDuty's official OpenAPI 3.0 documents as a contract: finds the operation a request hits and validates bodies
 * against that operation's schemas, with the whole spec as the root document so its internal $refs resolve.
 */
public final class OpenApiContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final OpenApiContract REST = load("specs/pagerduty-rest-openapiv3.json", "");
    public static final OpenApiContract EVENTS = load("specs/pagerduty-events-v2-openapiv3.json", "/v2");

    /** One operation: its method, the spec's path template and JSON pointer to it. */
    record Operation(String method, String template, String pointer) {
    }

    private final String iri;
    private final JsonNode spec;
    private final String basePath;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private OpenApiContract(String iri, String text, String basePath) throws IOException {
        this.iri = iri;
        this.spec = JSON.readTree(text);
        this.basePath = basePath;
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(),
                builder -> builder.schemas(Map.of(iri, text)));
    }

    private static OpenApiContract load(String resource, String basePath) {
        try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test resources");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new OpenApiContract("https://nexus.invalid/" + resource, text, basePath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operation for a concrete method and path, e.g. PUT /incidents/PT4KHLK; empty when the spec has none. */
    Optional<Operation> operation(String method, String path) {
        if (!path.startsWith(basePath)) {
            return Optional.empty();
        }
        String[] wanted = path.substring(basePath.length()).split("/", -1);
        String verb = method.toLowerCase(Locale.ROOT);
        for (var entry : spec.path("paths").properties()) {
            String[] template = entry.getKey().split("/", -1);
            if (matches(template, wanted) && entry.getValue().has(verb)) {
                // prefer a literal segment (/incidents/count) over a template one (/incidents/{id})
                if (!entry.getKey().contains("{") || literalMatchMissing(wanted, verb)) {
                    return Optional.of(new Operation(verb, entry.getKey(),
                            "/paths/" + escape(entry.getKey()) + "/" + verb));
                }
            }
        }
        return Optional.empty();
    }

    private boolean literalMatchMissing(String[] wanted, String verb) {
        for (var entry : spec.path("paths").properties()) {
            if (!entry.getKey().contains("{") && matches(entry.getKey().split("/", -1), wanted)
                    && entry.getValue().has(verb)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(String[] template, String[] path) {
        if (template.length != path.length) {
            return false;
        }
        for (int i = 0; i < template.length; i++) {
            boolean variable = template[i].startsWith("{") && template[i].endsWith("}");
            if (!(variable ? !path[i].isEmpty() : template[i].equals(path[i]))) {
                return false;
            }
        }
        return true;
    }

    List<String> requestErrors(Operation op, String body) {
        return errors(op.pointer() + "/requestBody/content/application~1json/schema", body);
    }

    List<String> responseErrors(Operation op, int status, String body) {
        String response = op.pointer() + "/responses/" + status;
        String ref = node(response).path("$ref").asText(null);
        if (ref != null) {
            response = ref.substring(1);
        }
        return errors(response + "/content/application~1json/schema", body);
    }

    /** Query parameter names the operation declares ({@code include[]}, {@code limit}, …). */
    Set<String> queryParameters(Operation op) {
        return parameters(op, "query");
    }

    /** Header parameters the operation marks required (PagerDuty requires {@code From} on incident writes). */
    Set<String> requiredHeaders(Operation op) {
        Set<String> required = new HashSet<>();
        for (JsonNode p : node(op.pointer() + "/parameters")) {
            JsonNode param = p.has("$ref") ? node(p.path("$ref").asText().substring(1)) : p;
            if ("header".equals(param.path("in").asText()) && param.path("required").asBoolean()) {
                required.add(param.path("name").asText());
            }
        }
        return required;
    }

    private Set<String> parameters(Operation op, String in) {
        Set<String> names = new HashSet<>();
        for (JsonNode p : node(op.pointer() + "/parameters")) {
            JsonNode param = p.has("$ref") ? node(p.path("$ref").asText().substring(1)) : p;
            if (in.equals(param.path("in").asText())) {
                names.add(param.path("name").asText());
            }
        }
        return names;
    }

    private List<String> errors(String pointer, String body) {
        if (node(pointer).isMissingNode()) {
            return List.of("the spec has no schema at " + pointer);
        }
        Schema schema = schemas.computeIfAbsent(pointer,
                p -> registry.getSchema(SchemaLocation.of(iri + "#" + p)));
        List<String> messages = new ArrayList<>();
        for (Error error : schema.validate(body, InputFormat.JSON)) {
            messages.add(error.toString());
        }
        return messages;
    }

    private JsonNode node(String pointer) {
        return spec.at(pointer);
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}

package com.nexus.chatops.runbook;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * runbook.schema.json, the one declaration of what a runbook file may contain (editors can use it too), checked
 * with networknt's validator; each violation comes back as a JSON pointer and a sentence for the author.
 */
final class RunbookSchema {
    static final String RESOURCE = "runbook.schema.json";
    private static final String IRI = "https://nexus.invalid/runbook.schema.json";
    private static final RunbookSchema INSTANCE = new RunbookSchema();

    /** One violation: where in the file, and what is wrong. */
    record Violation(String pointer, String message) {}

    private final JsonNode document;
    private final Schema schema;

    private RunbookSchema() {
        String text = read();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(IRI, text)));
        this.schema = registry.getSchema(SchemaLocation.of(IRI));
        this.document = schema.getSchemaNode();
    }

    static List<Violation> check(JsonNode runbook) {
        return INSTANCE.schema.validate(runbook).stream().map(INSTANCE::explain).toList();
    }

    private Violation explain(Error error) {
        String pointer = error.getInstanceLocation().toString();
        return SchemaWords.explain(error, pointer, document);
    }

    private static String read() {
        try (InputStream in = RunbookSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the nexus jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

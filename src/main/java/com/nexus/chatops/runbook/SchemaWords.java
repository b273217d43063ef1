package com.nexus.chatops.runbook;

import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A schema violation in the words of someone editing a runbook, not of the JSON Schema specification. */
final class SchemaWords {
    private static final Map<String, String> TYPES = Map.of("object", "a mapping of \"key: value\" lines",
            "array", "a list", "string", "text", "integer", "a number", "number", "a number",
            "boolean", "true or false", "null", "empty");
    private static final Map<String, String> FORMS = Map.of(
            "/id", "is not a usable id; use lowercase letters, digits and '-', e.g. high-error-rate",
            "/severity", "is not a severity word; use a severity of nexus.yml, e.g. sev2",
            "seed", "is not a seed number; write its three digits in quotes, e.g. \"000\"");

    private SchemaWords() {}

    static RunbookSchema.Violation explain(Error error, String pointer, JsonNode schema) {
        JsonNode value = error.getInstanceNode();
        String shown = value == null ? "" : value.isString() ? "\"" + value.asString() + "\"" : TYPES.getOrDefault(
                value.getNodeType().name().toLowerCase(Locale.ROOT), "a value");
        return switch (error.getKeyword()) {
            case "additionalProperties" -> new RunbookSchema.Violation(pointer + "/" + Lines.escape(error.getProperty()),
                    "unknown key \"" + error.getProperty() + "\"" + Near.hint(error.getProperty(),
                            known(error, schema)) + "; known: " + String.join(", ", known(error, schema)));
            case "required" -> new RunbookSchema.Violation(pointer, "\"" + error.getProperty() + "\" is required");
            case "type" -> new RunbookSchema.Violation(pointer, "must be " + type(error.getArguments()[1]) + ", found "
                    + type(error.getArguments()[0]));
            case "enum" -> new RunbookSchema.Violation(pointer, shown + " is not one of " + choices(error)
                    + Near.hint(value == null ? "" : value.asString(""), enumValues(error)));
            case "pattern" -> new RunbookSchema.Violation(pointer, shown + " " + form(pointer));
            case "minLength" -> new RunbookSchema.Violation(pointer, "must not be empty");
            case "maxLength" -> new RunbookSchema.Violation(pointer, "is longer than " + error.getArguments()[0]
                    + " characters");
            case "minItems" -> new RunbookSchema.Violation(pointer, "must list at least one step");
            case "minProperties" -> new RunbookSchema.Violation(pointer, "must have at least one stage: "
                    + String.join(", ", Arrays.stream(Stage.values()).map(Stage::key).toList()));
            default -> new RunbookSchema.Violation(pointer, error.getMessage().replaceFirst("^\\S*: ", ""));
        };
    }

    private static String type(Object jsonType) {
        String name = String.valueOf(jsonType);
        return TYPES.getOrDefault(name, name);
    }

    private static String form(String pointer) {
        if (pointer.endsWith("/seed")) {
            return FORMS.get("seed");
        }
        return FORMS.getOrDefault(pointer, "does not have the expected form");
    }

    /** The keys the schema allows where the unknown one was found. */
    private static List<String> known(Error error, JsonNode schema) {
        String where = error.getSchemaLocation().getFragment().getParent().toString();
        List<String> keys = new ArrayList<>();
        schema.at(where + "/properties").propertyNames().forEach(keys::add);
        return keys;
    }

    private static List<String> enumValues(Error error) {
        List<String> values = new ArrayList<>();
        error.getSchemaNode().forEach(v -> values.add(v.asString()));
        return values;
    }

    private static String choices(Error error) {
        return String.join(", ", enumValues(error));
    }
}

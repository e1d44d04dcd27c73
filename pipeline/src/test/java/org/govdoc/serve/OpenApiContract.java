package org.govdoc.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The API's OpenAPI document, read for the tests: its operations, and a check of a JSON answer
 * against the documented response schema (required properties, types, nullability, arrays and
 * references, recursively).
 */
final class OpenApiContract {

    private final JsonNode doc;

    OpenApiContract() throws IOException {
        try (InputStream in = OpenApiContract.class.getResourceAsStream("/org/govdoc/serve/openapi.json")) {
            doc = new ObjectMapper().readTree(in);
        }
    }

    JsonNode document() {
        return doc;
    }

    /** "GET /api/search", … */
    Set<String> operations() {
        Set<String> out = new TreeSet<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> out.add(m.toUpperCase() + " " + p.getKey())));
        return out;
    }

    /** The problems of {@code body} against the documented JSON response; empty when it conforms. */
    List<String> check(String method, String path, int status, JsonNode body) {
        JsonNode response = doc.path("paths").path(path).path(method.toLowerCase()).path("responses")
                .path(Integer.toString(status));
        List<String> problems = new ArrayList<>();
        if (response.isMissingNode()) {
            problems.add(method + " " + path + " does not document status " + status);
            return problems;
        }
        JsonNode schema = response.path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            problems.add(method + " " + path + " " + status + " documents no JSON body");
            return problems;
        }
        validate(body, schema, "$", problems);
        return problems;
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            JsonNode n = doc;
            for (String part : ref.substring(2).split("/")) {
                n = n.path(part);
            }
            schema = n;
        }
        if (schema.has("allOf")) {
            JsonNode inner = resolve(schema.get("allOf").get(0));
            if (schema.path("nullable").asBoolean(false)) {
                com.fasterxml.jackson.databind.node.ObjectNode copy = inner.deepCopy();
                copy.put("nullable", true);
                return copy;
            }
            return inner;
        }
        return schema;
    }

    private void validate(JsonNode value, JsonNode schemaRef, String at, List<String> problems) {
        JsonNode schema = resolve(schemaRef);
        if (value == null || value.isNull()) {
            if (!schema.path("nullable").asBoolean(false) && schema.has("type")) {
                problems.add(at + " is null but not nullable");
            }
            return;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    problems.add(at + " is not an object");
                    return;
                }
                schema.path("required").forEach(r -> {
                    if (!value.has(r.asText())) {
                        problems.add(at + " lacks the required " + r.asText());
                    }
                });
                Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields();
                while (props.hasNext()) {
                    Map.Entry<String, JsonNode> p = props.next();
                    if (value.has(p.getKey())) {
                        validate(value.get(p.getKey()), p.getValue(), at + "." + p.getKey(), problems);
                    }
                }
                if (schema.has("additionalProperties")) {
                    value.fields().forEachRemaining(f -> validate(f.getValue(), schema.get("additionalProperties"),
                            at + "." + f.getKey(), problems));
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(at + " is not an array");
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    validate(value.get(i), schema.path("items"), at + "[" + i + "]", problems);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    problems.add(at + " is not a string: " + value);
                } else if (schema.has("enum")) {
                    boolean listed = false;
                    for (JsonNode e : schema.get("enum")) {
                        listed |= e.asText().equals(value.asText());
                    }
                    if (!listed) {
                        problems.add(at + " = " + value + " is not one of " + schema.get("enum"));
                    }
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(at + " is not an integer: " + value);
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    problems.add(at + " is not a number: " + value);
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(at + " is not a boolean: " + value);
                }
            }
            default -> { }
        }
    }
}

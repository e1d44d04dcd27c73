package org.govdoc.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One route of the API: a method and a path template such as {@code /api/records/{id}} (as the
 * OpenAPI document writes it), and what answers it.
 */
public record Route(String method, String template, Handler handler) {

    /** Answers one request. */
    @FunctionalInterface
    public interface Handler {
        void handle(Exchange exchange) throws IOException, InterruptedException;
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{[^/}]+}");

    /** The path variables when the path matches the template. */
    public Optional<List<String>> match(String path) {
        Matcher m = pattern().matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> vars = new ArrayList<>();
        for (int i = 1; i <= m.groupCount(); i++) {
            vars.add(m.group(i));
        }
        return Optional.of(vars);
    }

    private Pattern pattern() {
        StringBuilder b = new StringBuilder();
        Matcher m = VARIABLE.matcher(template);
        int at = 0;
        while (m.find()) {
            b.append(Pattern.quote(template.substring(at, m.start()))).append("([^/]+)");
            at = m.end();
        }
        return Pattern.compile(b.append(Pattern.quote(template.substring(at))).toString());
    }
}

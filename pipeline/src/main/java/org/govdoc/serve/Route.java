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
public final class Route {

    /** Answers one request. */
    @FunctionalInterface
    public interface Handler {
        void handle(Exchange exchange) throws IOException, InterruptedException;
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{[^/}]+}");

    private final String method;
    private final String template;
    private final Handler handler;
    /** The template as a pattern, compiled once: every request is matched against every route. */
    private final Pattern pattern;

    public Route(String method, String template, Handler handler) {
        this.method = method;
        this.template = template;
        this.handler = handler;
        this.pattern = compile(template);
    }

    public String method() {
        return method;
    }

    public String template() {
        return template;
    }

    public Handler handler() {
        return handler;
    }

    /** The path variables when the path matches the template. */
    public Optional<List<String>> match(String path) {
        Matcher m = pattern.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> vars = new ArrayList<>();
        for (int i = 1; i <= m.groupCount(); i++) {
            vars.add(m.group(i));
        }
        return Optional.of(vars);
    }

    private static Pattern compile(String template) {
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

package org.govdoc.ingest;

import java.time.Duration;

final class Timeouts {

    private Timeouts() {
    }

    static String message(Duration limit) {
        return "reading this file took longer than the limit of " + limit.toMillis() / 1000.0 + " s (--timeout)";
    }
}

package org.govdoc.ingest;

import java.nio.file.Path;
import java.time.Duration;
import org.govdoc.read.PageCount;

/**
 * A file's time limit grows with its page count: {@code --timeout} covers the first
 * {@value #PAGES_IN_BASE} pages, and every further page adds {@value #SECONDS_PER_PAGE} s, what
 * OCR of a scanned page may take on a loaded machine. So a 300-page scanned archive file is not
 * failed as a timeout while a hanging one-page file still is.
 */
final class PageTimeLimit {

    static final int PAGES_IN_BASE = 4;
    static final int SECONDS_PER_PAGE = 30;

    private PageTimeLimit() {
    }

    static Duration of(ParseRequest request, Duration base) {
        int pages = PageCount.of(Path.of(request.file()));
        return pages <= PAGES_IN_BASE ? base : base.plusSeconds((long) (pages - PAGES_IN_BASE) * SECONDS_PER_PAGE);
    }
}

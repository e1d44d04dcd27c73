package org.govdoc.model;

import java.util.Objects;

/**
 * A paragraph (or a line, for formats without paragraphs) of running text.
 *
 * @param text         the text as written, line breaks inside the paragraph kept as '\n'
 * @param headingLevel outline level when the source marks the paragraph as a heading
 *                     (Word heading styles, HTML h1..h6), 1 = top; null when unknown or body text
 * @param location     where it stands
 */
public record Paragraph(String text, Integer headingLevel, Location location) implements Block {

    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
    }

    public Paragraph(String text, Location location) {
        this(text, null, location);
    }
}

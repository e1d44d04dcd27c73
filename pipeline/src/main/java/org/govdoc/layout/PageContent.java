package org.govdoc.layout;

import java.util.List;

/**
 * What the layout analysis needs of one page, from any source (PDF glyphs, OCR word boxes, OFD):
 * its size as seen, its text boxes and its ruling lines.
 *
 * @param number 1-based page number
 * @param width  page width as seen (after rotation), points
 * @param height page height as seen, points
 * @param boxes  text runs in any order; blank runs (space glyphs) only mark word spaces
 * @param rules  ruling lines; diagonal ones are ignored
 */
public record PageContent(int number, float width, float height, List<TextBox> boxes, List<Rule> rules) {

    public PageContent {
        boxes = List.copyOf(boxes);
        rules = List.copyOf(rules);
    }
}

package org.govdoc.corpus.spec;

/**
 * Text a paged format repeats on every page, which a reader must drop from the body.
 *
 * @param header          running header text, or null
 * @param pageNumberStyle how page numbers are printed in the footer, or null for none:
 *                        "dash" (－ 3 －) or "of" (第3页 共8页)
 */
public record PageFurniture(String header, String pageNumberStyle) {

    public static final PageFurniture NONE = new PageFurniture(null, null);
}

package org.govdoc.text.segment;

/**
 * One word found by the {@link Segmenter}.
 *
 * @param word    the word in matching form (half-width, ASCII lower-cased); same length as the original
 * @param start   offset of its first char in the text given to the segmenter
 * @param end     offset after its last char
 * @param nature  HanLP's part-of-speech tag (ns place, nt organisation, w punctuation …)
 * @param subword true for a shorter word inside the word before it (index segmentation only):
 *                呈贡 inside 呈贡区, 政务服务 inside 政务服务局
 */
public record Token(String word, int start, int end, String nature, boolean subword) {

    /** True when the word holds a letter or a digit (not punctuation, not whitespace). */
    public boolean isWord() {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}

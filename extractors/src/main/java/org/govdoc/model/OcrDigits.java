package org.govdoc.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A number (a run of decimal digits, with the points and thousands separators between them) as OCR
 * read it inside a block or a cell, with the lowest probability the recogniser gave any of its
 * characters: one doubtful digit is enough to doubt the number. The digits are the key a value
 * found by an extractor is matched with ({@link #digitsOf}), so the blocks need not keep their
 * text aligned with the recogniser's characters.
 *
 * @param digits     the run's decimal digits only, as ASCII ("69.381" → "69381")
 * @param confidence the lowest character probability of the run (0..1), separators included
 */
public record OcrDigits(String digits, double confidence) {

    public OcrDigits {
        Objects.requireNonNull(digits, "digits");
        if (digits.isEmpty()) {
            throw new IllegalArgumentException("no digits");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
        }
    }

    /**
     * The numbers of a text read by OCR.
     *
     * @param text        the text as recognised
     * @param confidences the probability of each {@code char} of {@code text}
     */
    public static List<OcrDigits> of(String text, float[] confidences) {
        if (confidences.length != text.length()) {
            throw new IllegalArgumentException("one confidence per char: " + confidences.length + " for " + text.length());
        }
        List<OcrDigits> out = new ArrayList<>();
        for (int[] run : runs(text)) {
            float min = 1;
            for (int k = run[0]; k < run[1]; k++) {
                min = Math.min(min, confidences[k]);
            }
            out.add(new OcrDigits(digitKey(text, run[0], run[1]), Math.max(0, min)));
        }
        return out;
    }

    /** The digit keys of the numbers written in a text, in order (as {@link #digits()} of its runs). */
    public static List<String> digitsOf(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (int[] run : runs(text)) {
            out.add(digitKey(text, run[0], run[1]));
        }
        return out;
    }

    /** The numbers of a text as [start, end) runs: digits, with one separator between two digits. */
    private static List<int[]> runs(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = runEnd(text, i);
            out.add(new int[] {i, end});
            i = end;
        }
        return out;
    }

    /** The digits of a run, as ASCII (full-width and other decimal digits folded), separators left out. */
    private static String digitKey(String text, int start, int end) {
        StringBuilder digits = new StringBuilder();
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (Character.isDigit(c)) {
                digits.append((char) ('0' + Character.digit(c, 10)));
            }
        }
        return digits.toString();
    }

    /** The end of the number starting at {@code start}: digits, and one separator between two digits. */
    private static int runEnd(String text, int start) {
        int k = start;
        while (k < text.length()) {
            char c = text.charAt(k);
            if (Character.isDigit(c)) {
                k++;
            } else if (isSeparator(c) && k + 1 < text.length() && Character.isDigit(text.charAt(k + 1))) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == ',' || c == '．';
    }
}

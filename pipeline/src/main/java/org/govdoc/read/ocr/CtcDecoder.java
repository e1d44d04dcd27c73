package org.govdoc.read.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy CTC decoding of the recogniser's output: the most probable class at each time step,
 * repeats merged, blanks (class 0) dropped.
 */
final class CtcDecoder {

    /** A decoded line: its text, mean character probability, and per character the time step and probability. */
    record Decoded(String text, float confidence, List<Step> steps) {
    }

    /** One emitted character and the time step that emitted it. */
    record Step(String text, int time, float probability) {
    }

    private final List<String> characters;

    CtcDecoder(List<String> characters) {
        this.characters = List.copyOf(characters);
    }

    int classes() {
        return characters.size();
    }

    /** Decodes {@code steps × classes} probabilities starting at {@code offset}. */
    Decoded decode(float[] probs, int offset, int steps, int classes) {
        StringBuilder text = new StringBuilder();
        List<Step> out = new ArrayList<>();
        double sum = 0;
        int previous = -1;
        for (int t = 0; t < steps; t++) {
            int base = offset + t * classes;
            int best = 0;
            float bestP = probs[base];
            for (int c = 1; c < classes; c++) {
                if (probs[base + c] > bestP) {
                    bestP = probs[base + c];
                    best = c;
                }
            }
            if (best != 0 && best != previous && best < characters.size()) {
                String ch = characters.get(best);
                text.append(ch);
                out.add(new Step(ch, t, bestP));
                sum += bestP;
            }
            previous = best;
        }
        float confidence = out.isEmpty() ? 0f : (float) (sum / out.size());
        return new Decoded(text.toString(), confidence, out);
    }
}

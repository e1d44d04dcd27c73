package org.govdoc.layout;

import java.util.ArrayList;
import java.util.List;

/** Hand-made text boxes: one per character, Chinese a full em wide, ASCII half, spaces as blank boxes. */
final class Boxes {

    private Boxes() {
    }

    static List<TextBox> text(String s, float x, float top, float size) {
        List<TextBox> out = new ArrayList<>();
        float cx = x;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            float w = c < 0x7F ? size * 0.5f : size;
            if (c == ' ') {
                w = size * 0.25f;
            }
            out.add(new TextBox(String.valueOf(c), cx, top, w, size, size, false));
            cx += w;
        }
        return out;
    }
}

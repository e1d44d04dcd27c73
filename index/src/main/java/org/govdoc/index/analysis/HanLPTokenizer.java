package org.govdoc.index.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.govdoc.text.segment.Segmenter;
import org.govdoc.text.segment.Token;

/**
 * A Lucene tokenizer over the HanLP {@link Segmenter}: reads the field's text and emits its longest
 * words (punctuation and spaces dropped) with offsets into the original text and HanLP's part of
 * speech as the type. The text is segmented clause by clause: it is cut at whitespace and at the
 * Chinese clause and sentence marks ({@link #isClauseCut}), which no indexed word spans, so a text
 * gives the same words whether it is analysed whole or piece by piece ({@link PieceAnalysis}). The
 * dictionary words inside a word are added by {@link HanLPSubwordFilter}.
 */
public final class HanLPTokenizer extends Tokenizer {

    /** Longer "words" (runs of digits or letters, such as an embedded blob) are left out of the index. */
    public static final int MAX_TOKEN_CHARS = 255;

    private final Segmenter segmenter;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final StringBuilder buffer = new StringBuilder();
    private Iterator<Token> tokens = List.<Token>of().iterator();
    private int length;

    public HanLPTokenizer(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** Where the text is cut before segmentation: whitespace and the full-width clause and sentence marks. */
    public static boolean isClauseCut(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u3000', '。', '；', '！', '？', '，', '、', '：' -> true;
            default -> false;
        };
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        buffer.setLength(0);
        char[] chunk = new char[4096];
        int n;
        while ((n = input.read(chunk)) > 0) {
            buffer.append(chunk, 0, n);
        }
        length = buffer.length();
        List<Token> words = new ArrayList<>();
        int i = 0;
        while (i < length) {
            while (i < length && isClauseCut(buffer.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !isClauseCut(buffer.charAt(i))) {
                i++;
            }
            if (i > start) {
                for (Token t : segmenter.segment(buffer.substring(start, i))) {
                    if (t.isWord() && t.word().length() <= MAX_TOKEN_CHARS) {
                        words.add(new Token(t.word(), start + t.start(), start + t.end(), t.nature(), false));
                    }
                }
            }
        }
        tokens = words.iterator();
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        if (!tokens.hasNext()) {
            return false;
        }
        Token t = tokens.next();
        term.setEmpty().append(t.word());
        offset.setOffset(correctOffset(t.start()), correctOffset(t.end()));
        type.setType(t.nature());
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = correctOffset(length);
        offset.setOffset(end, end);
    }

    @Override
    public void close() throws IOException {
        super.close();
        tokens = List.<Token>of().iterator();
        buffer.setLength(0);
    }
}

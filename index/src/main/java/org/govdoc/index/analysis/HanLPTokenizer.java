package org.govdoc.index.analysis;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.govdoc.text.segment.Segmenter;
import org.govdoc.text.segment.Token;

/**
 * A Lucene tokenizer over the HanLP {@link Segmenter}: reads the field's text, segments it and emits
 * the words (punctuation and spaces dropped) with offsets into the original text. In index mode the
 * words inside a longer word (呈贡 in 呈贡区) follow it at the same position, like synonyms.
 */
public final class HanLPTokenizer extends Tokenizer {

    /** Longer "words" (runs of digits or letters, such as an embedded blob) are left out of the index. */
    public static final int MAX_TOKEN_CHARS = 255;

    private final Segmenter segmenter;
    private final boolean indexMode;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final StringBuilder buffer = new StringBuilder();
    private Iterator<Token> tokens = List.<Token>of().iterator();
    private int length;

    public HanLPTokenizer(Segmenter segmenter, boolean indexMode) {
        this.segmenter = segmenter;
        this.indexMode = indexMode;
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
        String text = buffer.toString();
        length = text.length();
        List<Token> all = indexMode ? segmenter.segmentForIndex(text) : segmenter.segment(text);
        tokens = all.stream().filter(t -> t.isWord() && t.word().length() <= MAX_TOKEN_CHARS).iterator();
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
        position.setPositionIncrement(t.subword() ? 0 : 1);
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

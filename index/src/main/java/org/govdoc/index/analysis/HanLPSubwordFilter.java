package org.govdoc.index.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.govdoc.text.segment.Segmenter;
import org.govdoc.text.segment.Token;

/**
 * Adds after each word the dictionary words inside it ({@link Segmenter#subwords}) at the same
 * position (position increment 0), as Lucene's compound-word filters do: 呈贡区 → 呈贡区, 呈贡;
 * 区政务服务局 → 区政务服务局, 政务服务局, 政务服务, 政务, 服务 …, so that a shorter query word finds the
 * longer written name. A subword's offsets point at its characters when the word's offsets span
 * exactly the word (no char filter changed its length), else they are the word's.
 */
public final class HanLPSubwordFilter extends TokenFilter {

    /** Distinct words whose subwords are remembered; the memo is emptied when it is full. */
    private static final int MEMO_WORDS = 20_000;

    private final Segmenter segmenter;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    /** Subwords of words met before: the same words recur across the texts one analyzer thread reads. */
    private final Map<String, List<Token>> memo = new HashMap<>();
    private final Deque<Token> pending = new ArrayDeque<>();
    private State word;
    private int wordStart;
    private boolean exactOffsets;

    public HanLPSubwordFilter(TokenStream input, Segmenter segmenter) {
        super(input);
        this.segmenter = segmenter;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            Token sub = pending.removeFirst();
            restoreState(word);
            term.setEmpty().append(sub.word());
            if (exactOffsets) {
                offset.setOffset(wordStart + sub.start(), wordStart + sub.end());
            }
            position.setPositionIncrement(0);
            type.setType(sub.nature());
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        List<Token> subs = subwords(term.toString());
        if (!subs.isEmpty()) {
            pending.addAll(subs);
            word = captureState();
            wordStart = offset.startOffset();
            exactOffsets = offset.endOffset() - offset.startOffset() == term.length();
        }
        return true;
    }

    private List<Token> subwords(String w) {
        if (w.length() <= 2) {
            return List.of();
        }
        List<Token> subs = memo.get(w);
        if (subs == null) {
            if (memo.size() >= MEMO_WORDS) {
                memo.clear();
            }
            subs = segmenter.subwords(w);
            memo.put(w, subs);
        }
        return subs;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        word = null;
    }
}

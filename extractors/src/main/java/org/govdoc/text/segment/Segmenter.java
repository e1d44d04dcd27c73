package org.govdoc.text.segment;

import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.govdoc.text.ChineseText;

/**
 * Chinese word segmentation with HanLP (Viterbi) and the {@link DomainVocabulary}, so that place and
 * unit names stay single words: 呈贡区政务服务局 → 呈贡区 / 政务服务局, never 呈 / 贡区.
 *
 * <p>The vocabulary lives in a per-instance {@link DynamicCustomDictionary} (HanLP's bundled custom
 * dictionary plus the domain words), not in HanLP's global {@code CustomDictionary}, which stays
 * untouched. An instance is immutable once built and thread-safe; building one takes about a second,
 * so share it: {@link #standard()}.
 *
 * <p>Text is matched in a length-preserving normal form (full-width ASCII to half-width, ASCII lower
 * case), so token offsets point into the text as given.
 */
public final class Segmenter {

    /** Longest piece segmented at once; longer text is cut at sentence ends (or hard, if it has none). */
    private static final int MAX_CHUNK = 2000;

    private final Segment plain;
    private final Segment index;
    private final DynamicCustomDictionary dictionary;

    private Segmenter(DomainVocabulary vocabulary) {
        dictionary = new DynamicCustomDictionary(); // a private copy of HanLP's bundled custom dictionary
        for (String w : vocabulary.places()) {
            dictionary.insert(w, "ns 1000");
        }
        for (String w : vocabulary.units()) {
            dictionary.insert(w, "nt 1000");
        }
        for (String w : vocabulary.terms()) {
            dictionary.insert(w, "nz 1000");
        }
        plain = configure(new ViterbiSegment()).enableIndexMode(false);
        index = configure(new ViterbiSegment()).enableIndexMode(2);
    }

    /**
     * Person-name recognition is off: it makes segmentation about 2.5 times slower, and a name is still
     * found because queries are segmented the same way as the indexed text.
     */
    private Segment configure(Segment s) {
        return s.enableCustomDictionary(dictionary).enableOffset(true).enableCustomDictionaryForcing(false)
                .enableNameRecognize(false).enableTranslatedNameRecognize(false).enableJapaneseNameRecognize(false);
    }

    /** The shared segmenter with the bundled {@link DomainVocabulary}. */
    public static Segmenter standard() {
        return Holder.STANDARD;
    }

    /** A segmenter with another vocabulary (tests, benchmarks). */
    public static Segmenter withVocabulary(DomainVocabulary vocabulary) {
        return new Segmenter(vocabulary);
    }

    /** The words of the text, longest dictionary words, in order (punctuation and spaces included). */
    public List<Token> segment(String text) {
        return run(plain, text, false);
    }

    /**
     * The words of the text for indexing: each word followed by the dictionary words inside it
     * ({@link Token#subword()}): 呈贡区 → 呈贡区, 呈贡; 区政务服务局 → 区政务服务局, 政务服务局, 政务服务, 政务, 服务 ….
     */
    public List<Token> segmentForIndex(String text) {
        return run(index, text, true);
    }

    /**
     * The dictionary words inside one word, as index segmentation finds them, each once, by start and
     * then longest first; offsets are relative to the word, and the word itself is not among them:
     * 呈贡区 → 呈贡; 区政务服务局 → 政务服务局, 政务服务, 政务, 服务 …. Words of one or two characters
     * have none.
     */
    public List<Token> subwords(String word) {
        if (word == null || word.codePointCount(0, word.length()) <= 2) {
            return List.of();
        }
        List<Token> inside = new ArrayList<>();
        for (Token t : run(index, word, true)) {
            boolean whole = t.start() == 0 && t.end() == word.length();
            if (!whole && t.isWord() && inside.stream().noneMatch(o -> o.start() == t.start() && o.end() == t.end())) {
                inside.add(new Token(t.word(), t.start(), t.end(), t.nature(), true));
            }
        }
        inside.sort(Comparator.comparingInt(Token::start).thenComparing(t -> -t.end()));
        return List.copyOf(inside);
    }

    /** True when the word is in the domain vocabulary or HanLP's custom dictionary. */
    public boolean isDictionaryWord(String word) {
        return dictionary.contains(normalForm(word));
    }

    /** The length-preserving form segmentation works on. */
    public static String normalForm(String text) {
        String half = ChineseText.toHalfWidth(text);
        StringBuilder b = new StringBuilder(half.length());
        for (int i = 0; i < half.length(); i++) {
            char c = half.charAt(i);
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }

    private static List<Token> run(Segment segment, String text, boolean markSubwords) {
        List<Token> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String norm = normalForm(text);
        int start = 0;
        while (start < norm.length()) {
            int end = chunkEnd(norm, start);
            String chunk = norm.substring(start, end);
            int mainStart = -1;
            int mainEnd = -1;
            for (Term t : segment.seg(chunk)) {
                int s = start + t.offset;
                int e = s + t.word.length();
                boolean sub = markSubwords && s >= mainStart && e <= mainEnd;
                if (!sub) {
                    mainStart = s;
                    mainEnd = e;
                }
                if (!t.word.isBlank()) {
                    out.add(new Token(t.word, s, e, t.nature == null ? "" : t.nature.toString(), sub));
                }
            }
            start = end;
        }
        return out;
    }

    private static int chunkEnd(String s, int start) {
        if (s.length() - start <= MAX_CHUNK) {
            return s.length();
        }
        int limit = start + MAX_CHUNK;
        for (int i = limit - 1; i > start + MAX_CHUNK / 2; i--) {
            char c = s.charAt(i);
            if (c == '\n' || c == '。' || c == '；' || c == ';' || c == '！' || c == '？') {
                return i + 1;
            }
        }
        return Character.isHighSurrogate(s.charAt(limit - 1)) ? limit - 1 : limit;
    }

    private static final class Holder {
        private static final Segmenter STANDARD = new Segmenter(DomainVocabulary.load());
    }
}

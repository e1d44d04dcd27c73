package org.govdoc.read.rtf;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govdoc.model.Document;
import org.govdoc.model.DocumentMetadata;
import org.govdoc.read.ColumnEdges;
import org.govdoc.read.DocumentBuilder;
import org.govdoc.read.HeadingStyles;
import org.govdoc.read.MergedGrid.Merge;
import org.govdoc.read.MergedGrid.Slot;
import org.govdoc.read.MergedGrid;
import org.govdoc.read.MetadataValues;

/** One pass over an RTF file's bytes; see {@link RtfReader}. Not thread-safe, used once. */
final class RtfParser {

    /** Destinations whose content is not body text. */
    private static final Set<String> SKIPPED = Set.of("colortbl", "header", "headerl", "headerr", "headerf",
            "footer", "footerl", "footerr", "footerf", "footnote", "annotation", "pict", "object", "shp",
            "shpinst", "fldinst", "listtable", "listoverridetable", "revtbl", "rsidtbl", "generator",
            "xmlnstbl", "themedata", "colorschememapping", "latentstyles", "datastore", "pgdsctbl",
            "userprops", "docvar", "private", "nonshppict", "operator", "keywords", "subject", "doccomm",
            "comment", "company", "manager", "category", "hlinkbase", "creatim", "revtim", "printim",
            "buptim", "txe", "xe", "tc", "bkmkstart", "bkmkend", "filetbl", "stylesheet-skip", "mmathPr");
    private static final int MAX_DEPTH = 2000;

    private enum Dest { BODY, FONTTBL, STYLESHEET, INFO, TITLE, AUTHOR, SKIP }

    /** Group state, copied on '{' and restored on '}'. */
    private static final class State {
        Dest dest = Dest.BODY;
        int uc = 1;
        Charset charset;
        int fontDef = -1;
        int styleDef = 0;
        boolean listText;
        StringBuilder name;

        State copy() {
            State s = new State();
            s.dest = dest;
            s.uc = uc;
            s.charset = charset;
            s.fontDef = fontDef;
            s.styleDef = styleDef;
            s.listText = listText;
            s.name = null;
            return s;
        }
    }

    private record CellDef(int right, boolean hFirst, boolean hCont, boolean vFirst, boolean vCont) {
    }

    private record StoredCell(String text, int left, int right, boolean hCont, Merge merge) {
    }

    private final byte[] in;
    private final String mediaType;
    private int pos;

    private final DocumentBuilder out;
    private final Deque<State> stack = new ArrayDeque<>();
    private State st = new State();
    private Charset docCharset = Charset.forName("windows-1252");
    private final Map<Integer, Charset> fonts = new HashMap<>();
    private final Map<Integer, String> styles = new HashMap<>();
    private int defaultFont = -1;

    private final StringBuilder para = new StringBuilder();
    private final java.io.ByteArrayOutputStream pendingBytes = new java.io.ByteArrayOutputStream();
    private Charset pendingCharset;
    private int ucSkip;

    // paragraph properties
    private boolean inTable;
    private int style;
    private Integer outline;

    // tables
    private final StringBuilder cellText = new StringBuilder();
    private final List<String> rowCells = new ArrayList<>();
    private List<CellDef> rowDefs = new ArrayList<>();
    private int rowLeft;
    private boolean hFirst;
    private boolean hCont;
    private boolean vFirst;
    private boolean vCont;
    private final List<List<StoredCell>> tableRows = new ArrayList<>();

    private final StringBuilder title = new StringBuilder();
    private final StringBuilder author = new StringBuilder();

    /** @param out the builder of the document (bounded as the reading's context says) */
    RtfParser(byte[] in, String mediaType, DocumentBuilder out) {
        this.in = in;
        this.mediaType = mediaType;
        this.out = out;
    }

    Document parse() {
        while (pos < in.length) {
            int b = in[pos] & 0xFF;
            if (b == '{') {
                flushBytes();
                ucSkip = 0;
                if (stack.size() > MAX_DEPTH) {
                    throw new IllegalStateException("groups are nested too deeply");
                }
                stack.push(st);
                st = st.copy();
                if (st.dest == Dest.STYLESHEET || st.dest == Dest.FONTTBL) {
                    st.name = new StringBuilder();
                }
                pos++;
            } else if (b == '}') {
                flushBytes();
                ucSkip = 0;
                endGroup();
                pos++;
            } else if (b == '\\') {
                controlWord();
            } else if (b == '\r' || b == '\n') {
                pos++;
            } else {
                pos++;
                if (ucSkip > 0) {
                    ucSkip--;
                } else if (b >= 0x80) {
                    addByte(b);
                } else {
                    flushBytes();
                    addChar((char) b);
                }
            }
        }
        flushBytes();
        endParagraph();
        flushTable();
        return out.build(new DocumentMetadata(MetadataValues.text(title.toString()),
                MetadataValues.text(author.toString()), null, null, null, mediaType));
    }

    private void endGroup() {
        if (st.name != null && st.dest == Dest.STYLESHEET && st.name.length() > 0) {
            String n = st.name.toString().strip();
            if (n.endsWith(";")) {
                n = n.substring(0, n.length() - 1).strip();
            }
            styles.putIfAbsent(st.styleDef, n);
        }
        if (stack.isEmpty()) {
            return; // unbalanced closing brace: ignore
        }
        st = stack.pop();
    }

    private void controlWord() {
        pos++; // backslash
        if (pos >= in.length) {
            return;
        }
        int c = in[pos] & 0xFF;
        if (!isLetter(c)) {
            pos++;
            controlSymbol(c);
            return;
        }
        int start = pos;
        while (pos < in.length && isLetter(in[pos] & 0xFF)) {
            pos++;
        }
        String word = new String(in, start, pos - start, StandardCharsets.US_ASCII);
        Integer param = null;
        int numStart = pos;
        if (pos < in.length && (in[pos] == '-' || Character.isDigit(in[pos]))) {
            pos++;
            while (pos < in.length && Character.isDigit(in[pos]) && pos - numStart < 11) {
                pos++;
            }
            try {
                param = Integer.parseInt(new String(in, numStart, pos - numStart, StandardCharsets.US_ASCII));
            } catch (NumberFormatException e) {
                param = 0;
            }
        }
        if (pos < in.length && in[pos] == ' ') {
            pos++; // the delimiting space belongs to the control word
        }
        if (ucSkip > 0) {
            ucSkip--;
            return;
        }
        flushBytes();
        word(word, param);
    }

    private void controlSymbol(int c) {
        switch (c) {
            case '\'' -> {
                if (pos + 2 <= in.length) {
                    int v = hex(in[pos]) * 16 + hex(in[pos + 1]);
                    pos += 2;
                    if (ucSkip > 0) {
                        ucSkip--;
                    } else if (v >= 0) {
                        addByte(v);
                    }
                }
            }
            case '*' -> {
                flushBytes();
                if (!nextIsKept()) {
                    st.dest = Dest.SKIP;
                }
            }
            case '\\', '{', '}' -> {
                flushBytes();
                addChar((char) c);
            }
            case '~' -> addChar(' ');
            case '_' -> addChar('-');
            case '-' -> {
                // optional hyphen
            }
            case '\n', '\r' -> word("par", null);
            case '\t' -> addChar('\t');
            default -> {
            }
        }
    }

    /**
     * The one ignorable destination govdoc keeps: "ud", the Unicode twin of the ANSI text of an
     * "upr" group (used for Chinese titles and authors); it replaces what the ANSI part gave.
     */
    private boolean nextIsKept() {
        int p = pos;
        while (p < in.length && (in[p] == ' ' || in[p] == '\r' || in[p] == '\n')) {
            p++;
        }
        boolean ud = p + 3 <= in.length && in[p] == '\\' && in[p + 1] == 'u' && in[p + 2] == 'd'
                && (p + 3 == in.length || !isLetter(in[p + 3] & 0xFF));
        if (ud && st.dest == Dest.INFO) {
            title.setLength(0);
            author.setLength(0);
        }
        return ud && (st.dest == Dest.INFO || st.dest == Dest.BODY);
    }

    private void word(String w, Integer p) {
        int n = p == null ? 0 : p;
        switch (w) {
            case "ansicpg" -> docCharset = codePage(n, docCharset);
            case "deff" -> defaultFont = n;
            case "uc" -> st.uc = Math.max(0, n);
            case "u" -> {
                int cp = n < 0 ? n + 65536 : n;
                addChar((char) cp);
                ucSkip = st.uc;
            }
            case "fonttbl" -> st.dest = Dest.FONTTBL;
            case "stylesheet" -> {
                st.dest = Dest.STYLESHEET;
                st.name = new StringBuilder();
            }
            case "info" -> st.dest = Dest.INFO;
            case "title" -> st.dest = st.dest == Dest.INFO ? Dest.TITLE : Dest.SKIP;
            case "author" -> st.dest = st.dest == Dest.INFO ? Dest.AUTHOR : Dest.SKIP;
            case "f" -> {
                if (st.dest == Dest.FONTTBL) {
                    st.fontDef = n;
                } else {
                    st.charset = fonts.get(n);
                }
            }
            case "fcharset" -> {
                if (st.dest == Dest.FONTTBL && st.fontDef >= 0) {
                    Charset cs = fontCharset(n);
                    if (cs != null) {
                        fonts.put(st.fontDef, cs);
                    }
                }
            }
            case "cpg" -> {
                if (st.dest == Dest.FONTTBL && st.fontDef >= 0) {
                    fonts.put(st.fontDef, codePage(n, docCharset));
                }
            }
            case "plain" -> st.charset = defaultFont >= 0 ? fonts.get(defaultFont) : null;
            case "s" -> {
                if (st.dest == Dest.STYLESHEET) {
                    st.styleDef = n;
                } else {
                    style = n;
                }
            }
            case "outlinelevel" -> outline = n >= 0 && n <= 8 ? n : null;
            case "pard" -> {
                inTable = false;
                style = 0;
                outline = null;
            }
            case "intbl" -> inTable = true;
            case "par" -> endParagraph();
            case "line" -> addChar('\n');
            case "tab" -> {
                if (!st.listText) {
                    addChar('\t'); // the tab after a list number is layout
                }
            }
            case "listtext", "pntext" -> st.listText = true;
            case "emdash" -> addChar('—');
            case "endash" -> addChar('–');
            case "lquote" -> addChar('‘');
            case "rquote" -> addChar('’');
            case "ldblquote" -> addChar('“');
            case "rdblquote" -> addChar('”');
            case "bullet" -> addChar('•');
            case "emspace", "enspace", "qmspace" -> addChar(' ');
            case "cell" -> endCell();
            case "nestcell" -> addChar(' ');
            case "nestrow" -> addChar('\n');
            case "row" -> endRow();
            case "trowd" -> {
                rowDefs = new ArrayList<>();
                rowLeft = 0;
                hFirst = hCont = vFirst = vCont = false;
            }
            case "trleft" -> rowLeft = n;
            case "clmgf" -> hFirst = true;
            case "clmrg" -> hCont = true;
            case "clvmgf" -> vFirst = true;
            case "clvmrg" -> vCont = true;
            case "cellx" -> {
                rowDefs.add(new CellDef(n, hFirst, hCont, vFirst, vCont));
                hFirst = hCont = vFirst = vCont = false;
            }
            default -> {
                if (SKIPPED.contains(w)) {
                    st.dest = Dest.SKIP;
                }
            }
        }
    }

    private void addByte(int b) {
        Charset cs = currentCharset();
        if (pendingBytes.size() > 0 && !cs.equals(pendingCharset)) {
            flushBytes();
        }
        pendingCharset = cs;
        pendingBytes.write(b);
    }

    private Charset currentCharset() {
        return st.charset != null ? st.charset : docCharset;
    }

    private void flushBytes() {
        if (pendingBytes.size() == 0) {
            return;
        }
        CharsetDecoder dec = pendingCharset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        String s;
        try {
            s = dec.decode(ByteBuffer.wrap(pendingBytes.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            s = "";
        }
        pendingBytes.reset();
        for (int i = 0; i < s.length(); i++) {
            addChar(s.charAt(i));
        }
    }

    private void addChar(char c) {
        switch (st.dest) {
            case BODY -> para.append(c);
            case TITLE -> title.append(c);
            case AUTHOR -> author.append(c);
            case STYLESHEET, FONTTBL -> {
                if (st.name != null) {
                    st.name.append(c);
                }
            }
            default -> {
            }
        }
    }

    private void endParagraph() {
        flushBytes();
        String text = para.toString();
        para.setLength(0);
        if (inTable) {
            if (!text.isBlank()) {
                if (cellText.length() > 0) {
                    cellText.append('\n');
                }
                cellText.append(text.strip());
            }
            return;
        }
        flushTable();
        out.paragraph(text, headingLevel(), null);
    }

    private Integer headingLevel() {
        if (outline != null) {
            return outline + 1;
        }
        String name = styles.get(style);
        if (name != null) {
            Integer heading = HeadingStyles.levelOf(name);
            if (heading != null) {
                return heading;
            }
        }
        return null;
    }

    private void endCell() {
        flushBytes();
        String text = para.toString();
        para.setLength(0);
        if (!text.isBlank()) {
            if (cellText.length() > 0) {
                cellText.append('\n');
            }
            cellText.append(text.strip());
        }
        rowCells.add(cellText.toString());
        cellText.setLength(0);
    }

    private void endRow() {
        flushBytes();
        if (!para.toString().isBlank() || cellText.length() > 0) {
            endCell();
        }
        para.setLength(0);
        List<StoredCell> row = new ArrayList<>();
        int left = rowLeft;
        for (int i = 0; i < rowCells.size(); i++) {
            CellDef d = i < rowDefs.size() ? rowDefs.get(i) : null;
            int right = d != null ? d.right() : left + 1440;
            Merge merge = d == null ? Merge.NONE : d.vFirst() ? Merge.RESTART : d.vCont() ? Merge.CONTINUE : Merge.NONE;
            row.add(new StoredCell(rowCells.get(i), left, right, d != null && d.hCont(), merge));
            left = right;
        }
        rowCells.clear();
        tableRows.add(row);
    }

    private void flushTable() {
        if (tableRows.isEmpty()) {
            return;
        }
        ColumnEdges edges = new ColumnEdges(ColumnEdges.TWIP_TOLERANCE);
        for (List<StoredCell> row : tableRows) {
            for (StoredCell c : row) {
                edges.add(c.left());
                edges.add(c.right());
            }
        }
        List<Integer> lines = edges.lines();
        MergedGrid grid = new MergedGrid();
        for (List<StoredCell> row : tableRows) {
            grid.row();
            for (StoredCell c : row) {
                int col = ColumnEdges.nearest(lines, c.left());
                int end = ColumnEdges.nearest(lines, c.right());
                if (c.hCont()) {
                    Slot left = grid.removeLast();
                    if (left != null) {
                        grid.add(new Slot(left.text(), left.column(), Math.max(left.span(), end - left.column()),
                                left.merge()));
                        continue;
                    }
                }
                grid.add(new Slot(c.text(), col, Math.max(1, end - col), c.merge()));
            }
        }
        tableRows.clear();
        out.table(grid.toTable());
    }



    private static boolean isLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    private static Charset fontCharset(int fcharset) {
        String name = switch (fcharset) {
            case 128 -> "Shift_JIS";
            case 129 -> "x-windows-949";
            case 134 -> "GBK";
            case 136 -> "Big5";
            case 161 -> "windows-1253";
            case 162 -> "windows-1254";
            case 163 -> "windows-1258";
            case 177 -> "windows-1255";
            case 178 -> "windows-1256";
            case 186 -> "windows-1257";
            case 204 -> "windows-1251";
            case 222 -> "x-windows-874";
            case 238 -> "windows-1250";
            default -> null;
        };
        return name == null ? null : lookup(name);
    }

    private static Charset codePage(int cp, Charset fallback) {
        String name = switch (cp) {
            case 936 -> "GBK";
            case 950 -> "Big5";
            case 932 -> "Shift_JIS";
            case 949 -> "x-windows-949";
            case 54936 -> "GB18030";
            case 65001 -> "UTF-8";
            default -> cp >= 874 && cp <= 1258 ? (cp == 874 ? "x-windows-874" : "windows-" + cp) : null;
        };
        Charset cs = name == null ? null : lookup(name);
        return cs == null ? fallback : cs;
    }

    private static Charset lookup(String name) {
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }
}

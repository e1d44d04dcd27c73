package org.govdoc.read.mht;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdoc.model.Document;
import org.govdoc.read.DocumentReader;
import org.govdoc.read.ReadContext;
import org.govdoc.read.ReadFailure;
import org.govdoc.read.xhtml.XhtmlReader;
import org.govdoc.record.ErrorCode;

/**
 * Reads MHT / MHTML "single file web pages" ({@code multipart/related}, or {@code message/rfc822}
 * as Internet Explorer saves them). Word's "save as single file web page" writes these, often
 * under a .doc name, so they are common among government downloads. The first text/html part is
 * decoded (quoted-printable or base64, its charset) and read as HTML.
 */
public final class MhtReader implements DocumentReader {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary\\s*=\\s*\"?([^\";\\r\\n]+)\"?");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9_.:-]+)\"?");

    private final XhtmlReader html;

    public MhtReader(XhtmlReader html) {
        this.html = html;
    }

    private record Part(String headers, byte[] body) {
        String header(String name) {
            Matcher m = Pattern.compile("(?im)^" + name + "\\s*:\\s*(.*(?:\\r?\\n[ \\t].*)*)").matcher(headers);
            return m.find() ? m.group(1).replaceAll("\\r?\\n[ \\t]+", " ").strip() : "";
        }
    }

    @Override
    public Document read(Path file, String mediaType, ReadContext context) throws ReadFailure, IOException {
        byte[] bytes = Files.readAllBytes(file);
        Part whole = split(bytes, 0, bytes.length);
        Part htmlPart = findHtml(whole, bytes, 0);
        if (htmlPart == null) {
            throw new ReadFailure(ErrorCode.UNSUPPORTED_TYPE,
                    "The MIME/MHT file has no web page (text/html) part to read.");
        }
        String type = htmlPart.header("Content-Type");
        Matcher cs = CHARSET.matcher(type);
        String contentType = "text/html" + (cs.find() ? "; charset=" + cs.group(1) : "");
        return html.read(new ByteArrayInputStream(decode(htmlPart)), contentType, mediaType, context);
    }

    /** The first text/html part, looking into nested multiparts (two levels). */
    private static Part findHtml(Part part, byte[] all, int depth) {
        String type = part.header("Content-Type").toLowerCase(Locale.ROOT);
        if (type.startsWith("text/html")) {
            return part;
        }
        if (!type.startsWith("multipart/") || depth > 2) {
            return null;
        }
        Matcher b = BOUNDARY.matcher(part.header("Content-Type"));
        if (!b.find()) {
            return null;
        }
        for (Part p : parts(part.body(), b.group(1).strip())) {
            Part found = findHtml(p, all, depth + 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static List<Part> parts(byte[] body, String boundary) {
        String s = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        List<Part> out = new ArrayList<>();
        int i = s.indexOf(delimiter);
        while (i >= 0) {
            int start = i + delimiter.length();
            if (s.startsWith("--", start)) {
                break; // closing delimiter
            }
            int next = s.indexOf(delimiter, start);
            int end = next < 0 ? s.length() : next;
            byte[] raw = s.substring(start, end).getBytes(StandardCharsets.ISO_8859_1);
            out.add(split(raw, 0, raw.length));
            i = next;
        }
        return out;
    }

    /** Headers and body of a MIME entity (split at the first blank line). */
    private static Part split(byte[] b, int from, int to) {
        String s = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        String trimmed = s.replaceFirst("^\\r?\\n", "");
        int offset = s.length() - trimmed.length();
        Matcher blank = Pattern.compile("\\r?\\n\\r?\\n").matcher(trimmed);
        if (!blank.find()) {
            return new Part(trimmed, new byte[0]);
        }
        String headers = trimmed.substring(0, blank.start());
        int bodyStart = from + offset + blank.end();
        byte[] body = java.util.Arrays.copyOfRange(b, bodyStart, to);
        return new Part(headers, body);
    }

    private static byte[] decode(Part p) {
        String enc = p.header("Content-Transfer-Encoding").toLowerCase(Locale.ROOT);
        if (enc.contains("base64")) {
            String b64 = new String(p.body(), StandardCharsets.ISO_8859_1).replaceAll("[^A-Za-z0-9+/=]", "");
            try {
                return Base64.getDecoder().decode(b64);
            } catch (IllegalArgumentException e) {
                return p.body();
            }
        }
        if (enc.contains("quoted-printable")) {
            return quotedPrintable(p.body());
        }
        return p.body();
    }

    private static byte[] quotedPrintable(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            byte c = in[i];
            if (c == '=') {
                if (i + 1 < in.length && (in[i + 1] == '\r' || in[i + 1] == '\n')) {
                    i += in[i + 1] == '\r' && i + 2 < in.length && in[i + 2] == '\n' ? 2 : 1; // soft break
                    continue;
                }
                if (i + 2 < in.length) {
                    int hi = Character.digit(in[i + 1], 16);
                    int lo = Character.digit(in[i + 2], 16);
                    if (hi >= 0 && lo >= 0) {
                        out.write(hi * 16 + lo);
                        i += 2;
                        continue;
                    }
                }
            }
            out.write(c);
        }
        return out.toByteArray();
    }
}

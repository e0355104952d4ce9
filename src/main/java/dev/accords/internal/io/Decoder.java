package dev.accords.internal.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns bytes into text: byte-order mark, then the given charset, then {@code <meta>}, then UTF-8 or windows-1252. */
public final class Decoder {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Decoder() {}

    /**
     * @param data the bytes
     * @param declared a charset the caller knows, or {@code null}
     * @param html whether to look for {@code <meta charset>}
     * @return the text; malformed input becomes U+FFFD
     */
    public static String decode(byte[] data, Charset declared, boolean html) {
        return decode(data, data.length, declared, html);
    }

    /**
     * @param data the bytes
     * @param length how many of them to decode, from the start
     * @param declared a charset the caller knows, or {@code null}
     * @param html whether to look for {@code <meta charset>}
     * @return the text; malformed input becomes U+FFFD
     */
    public static String decode(byte[] data, int length, Charset declared, boolean html) {
        if (length < data.length) {
            data = java.util.Arrays.copyOf(data, length);
        }
        int bom = 0;
        Charset cs = null;
        if (startsWith(data, 0xEF, 0xBB, 0xBF)) {
            cs = StandardCharsets.UTF_8;
            bom = 3;
        } else if (startsWith(data, 0xFE, 0xFF)) {
            cs = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (startsWith(data, 0xFF, 0xFE)) {
            cs = StandardCharsets.UTF_16LE;
            bom = 2;
        }
        if (cs == null) {
            cs = declared;
        }
        if (cs == null && html) {
            cs = metaCharset(data);
            if (cs != null && cs.name().startsWith("UTF-16")) {
                cs = StandardCharsets.UTF_8; // a page that could declare it in ASCII is not UTF-16 (HTML standard)
            } else if (cs != null && !cs.equals(StandardCharsets.UTF_8) && hasMultibyteUtf8(data) && isUtf8(data)) {
                // saved or re-served pages keep their old <meta charset="gb2312"> after conversion to UTF-8:
                // long runs of valid multi-byte UTF-8 do not happen by chance in GBK, Big5 or windows-1252
                cs = StandardCharsets.UTF_8;
            }
        }
        if (cs == null) {
            cs = detect(data);
        }
        return decodeReplacing(cs, data, bom, data.length);
    }

    /** The bytes a charset is guessed from: enough text for the counts to speak, and a fixed cost. */
    private static final int SAMPLE = 64 * 1024;

    private static final Charset[] CJK = {Charset.forName("GB18030"), Charset.forName("Big5")};

    /** Common Chinese characters (simplified and traditional), indexed by code point − U+4E00. */
    private static final java.util.BitSet COMMON_HANZI = commonHanzi();

    /**
     * Guesses the charset of bytes that declare none: UTF-8 when they are valid UTF-8; else GB18030 or
     * Big5 when decoding them so gives mostly common Chinese characters (the wrong one of the two, or
     * either on Western text, gives rare characters and broken sequences); else windows-1252.
     */
    static Charset detect(byte[] data) {
        if (isUtf8(data)) {
            return StandardCharsets.UTF_8;
        }
        int n = Math.min(data.length, SAMPLE);
        Charset best = WINDOWS_1252;
        int bestHits = 0;
        for (Charset cs : CJK) {
            String text = decodeReplacing(cs, data, 0, n);
            int hanzi = 0;
            int hits = 0;
            int broken = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '\u4E00' && c <= '\u9FFF') {
                    hanzi++;
                    hits += COMMON_HANZI.get(c - 0x4E00) ? 1 : 0;
                } else if (c == '\uFFFD') {
                    broken++;
                }
            }
            // real Chinese text: a common character in every few, and (almost) no broken sequences
            if (hits >= 3 && hits * 5 >= hanzi && broken * 20 <= hanzi && hits > bestHits) {
                best = cs;
                bestHits = hits;
            }
        }
        return best;
    }

    private static java.util.BitSet commonHanzi() {
        java.util.BitSet set = new java.util.BitSet(0x9FFF - 0x4E00 + 1);
        try (var in = Decoder.class.getResourceAsStream("common-hanzi.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource common-hanzi.txt next to " + Decoder.class);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    line.chars().filter(c -> c >= 0x4E00 && c <= 0x9FFF).forEach(c -> set.set(c - 0x4E00));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return set;
    }

    private static String decodeReplacing(Charset cs, byte[] data, int offset, int end) {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return d.decode(ByteBuffer.wrap(data, offset, end - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder reported an error", e);
        }
    }

    /**
     * Where to cut bytes so that a UTF-8 sequence is not split: {@code max}, or up to three bytes
     * before it when the bytes there start a sequence that would end after it.
     *
     * @param data the bytes, longer than {@code max}
     * @param max the most bytes to keep
     * @return the number of bytes to keep, at most {@code max}
     */
    public static int utf8Boundary(byte[] data, int max) {
        int k = max;
        int continuation = 0;
        while (k > 0 && continuation < 3 && (data[k - 1] & 0xC0) == 0x80) {
            k--;
            continuation++;
        }
        if (k > 0) {
            int lead = data[k - 1] & 0xFF;
            int needs = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
            if (needs > continuation) {
                return k - 1;
            }
        }
        return max;
    }

    /**
     * @param data bytes of a file of unknown format
     * @return whether they look like HTML: the first non-space character is {@code <}
     */
    public static boolean looksLikeHtml(byte[] data) {
        int i = startsWith(data, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < data.length
                && i < 4096
                && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t')) {
            i++;
        }
        return i < data.length && data[i] == '<';
    }

    static Charset metaCharset(byte[] data) {
        String head = new String(data, 0, Math.min(data.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            return charset(m.group(1));
        }
        return null;
    }

    /**
     * @param name a charset name from a header or page
     * @return the charset, or {@code null} if unknown; GB2312 widens to GBK as browsers do
     */
    public static Charset charset(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("gb2312") || n.equals("gb_2312-80")) {
            n = "gbk";
        } else if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252"; // as browsers treat them
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** Whether the bytes hold at least a few multi-byte UTF-8 sequences (lead byte 0xC2–0xF4). */
    static boolean hasMultibyteUtf8(byte[] data) {
        int leads = 0;
        for (byte b : data) {
            int v = b & 0xFF;
            if (v >= 0xC2 && v <= 0xF4 && ++leads >= 8) {
                return true;
            }
        }
        return false;
    }

    static boolean isUtf8(byte[] data) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

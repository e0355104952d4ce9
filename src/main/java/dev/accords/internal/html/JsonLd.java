package dev.accords.internal.html;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The string fields of JSON-LD blocks, each taken from the shallowest object that has it: a page's
 * {@code NewsArticle} holds its {@code datePublished} nearer the top than the images and videos nested
 * in it, whose own dates are not the story's. One pass over the text, no JSON library, no recursion, and
 * broken JSON gives what could be read.
 */
final class JsonLd {
    private final String[] keys;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Integer> depths = new HashMap<>();

    /** @param keys the field names to collect */
    JsonLd(Set<String> keys) {
        this.keys = keys.toArray(new String[0]);
    }

    /**
     * Reads one JSON-LD block; fields seen in an earlier block at the same or a smaller depth stay.
     *
     * @param json the block's text
     */
    void read(String json) {
        int depth = 0;
        int i = 0;
        int n = json.length();
        while (i < n) {
            char c = json.charAt(i);
            if (c == '{' || c == '[') {
                depth++;
                i++;
            } else if (c == '}' || c == ']') {
                depth = Math.max(0, depth - 1);
                i++;
            } else if (c == '"') {
                int end = stringEnd(json, i);
                int after = skipSpace(json, end);
                if (after < n && json.charAt(after) == ':') {
                    String key = key(json, i + 1, end - 1);
                    int value = skipSpace(json, after + 1);
                    if (key != null && value < n && json.charAt(value) == '"') {
                        int valueEnd = stringEnd(json, value);
                        Integer seen = depths.get(key);
                        if (seen == null || depth < seen) {
                            values.put(key, unescape(json.substring(value + 1, Math.max(value + 1, valueEnd - 1))));
                            depths.put(key, depth);
                        }
                        i = valueEnd;
                    } else {
                        i = value;
                    }
                } else {
                    i = end;
                }
            } else {
                i++;
            }
        }
    }

    /**
     * @param key a field name given at construction
     * @return its value from the shallowest object that has it, unescaped, or {@code null}
     */
    String get(String key) {
        return values.get(key);
    }

    /** The key to collect that the text holds from {@code start} to {@code end}, or null: no substring made. */
    private String key(String json, int start, int end) {
        int length = end - start;
        for (String key : keys) {
            if (key.length() == length && json.startsWith(key, start)) {
                return key;
            }
        }
        return null;
    }

    /** The index just after the string that starts at {@code start} (or the end of the text). */
    private static int stringEnd(String s, int start) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return s.length();
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A JSON string's content without its escapes; {@code \n} stays a line break. */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                b.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append(' ');
                case 'r', 'b', 'f' -> {}
                case 'u' -> {
                    if (i + 4 < s.length() && isHex(s, i + 1)) {
                        b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                }
                default -> b.append(e); // \" \\ \/ and anything else taken literally
            }
        }
        return b.toString();
    }

    private static boolean isHex(String s, int from) {
        for (int k = from; k < from + 4; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}

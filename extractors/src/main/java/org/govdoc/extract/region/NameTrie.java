package org.govdoc.extract.region;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The division names as a character trie, for finding the longest name that starts at a position
 * of a text without cutting out a substring per candidate length: the walk stops as soon as the
 * characters read are no name's prefix. Immutable once built; safe to share between threads.
 */
final class NameTrie {

    /** A name and the divisions it names. */
    record Entry(String name, List<Division> divisions) {
    }

    private static final class Node {
        private final char[] keys;
        private final Node[] children;
        private final Entry entry;

        private Node(char[] keys, Node[] children, Entry entry) {
            this.keys = keys;
            this.children = children;
            this.entry = entry;
        }

        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i < 0 ? null : children[i];
        }
    }

    /** A node while the trie is built. */
    private static final class Draft {
        final Map<Character, Draft> children = new TreeMap<>();
        Entry entry;

        Node freeze() {
            char[] keys = new char[children.size()];
            Node[] nodes = new Node[children.size()];
            int i = 0;
            for (Map.Entry<Character, Draft> e : children.entrySet()) {
                keys[i] = e.getKey();
                nodes[i] = e.getValue().freeze();
                i++;
            }
            return new Node(keys, nodes, entry);
        }
    }

    /** The first level, indexed by character minus {@link #firstMin}: most characters of a text start no name. */
    private final Node[] first;
    private final char firstMin;

    /** A trie of the names (map keys) and their divisions. */
    NameTrie(Map<String, List<Division>> byName) {
        Draft root = new Draft();
        byName.forEach((name, divisions) -> {
            Draft d = root;
            for (int i = 0; i < name.length(); i++) {
                d = d.children.computeIfAbsent(name.charAt(i), k -> new Draft());
            }
            d.entry = new Entry(name, divisions);
        });
        Node top = root.freeze();
        this.firstMin = top.keys.length == 0 ? 0 : top.keys[0];
        this.first = new Node[top.keys.length == 0 ? 0 : top.keys[top.keys.length - 1] - firstMin + 1];
        for (int i = 0; i < top.keys.length; i++) {
            first[top.keys[i] - firstMin] = top.children[i];
        }
    }

    private Node first(char c) {
        int i = c - firstMin;
        return i >= 0 && i < first.length ? first[i] : null;
    }

    /** True when some name starts with this character. */
    boolean startsSomeName(char c) {
        return first(c) != null;
    }

    /** The longest name of at least {@code minLength} characters starting at {@code from} in the text, or null. */
    Entry longestAt(String text, int from, int minLength) {
        Entry best = null;
        Node node = from < text.length() ? first(text.charAt(from)) : null;
        int j = from;
        while (node != null) {
            if (node.entry != null && j - from + 1 >= minLength) {
                best = node.entry;
            }
            j++;
            node = j < text.length() ? node.child(text.charAt(j)) : null;
        }
        return best;
    }
}

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

    private final Node root;

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
        this.root = root.freeze();
    }

    /** True when some name starts with this character. */
    boolean startsSomeName(char c) {
        return root.child(c) != null;
    }

    /** The longest name of at least {@code minLength} characters starting at {@code from} in the text, or null. */
    Entry longestAt(String text, int from, int minLength) {
        Node node = root;
        Entry best = null;
        for (int j = from; j < text.length(); j++) {
            node = node.child(text.charAt(j));
            if (node == null) {
                break;
            }
            if (node.entry != null && j - from + 1 >= minLength) {
                best = node.entry;
            }
        }
        return best;
    }
}

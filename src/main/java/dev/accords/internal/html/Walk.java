package dev.accords.internal.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A walk over the elements of a tree in document order (an element before its children), the order
 * of {@code Element.select} and {@code getAllElements}, without building the list or the stream those
 * make. Iterative, so a deeply nested page cannot overflow the stack.
 */
final class Walk {
    private Walk() {}

    /** What the walk does with each element. */
    @FunctionalInterface
    interface Visitor {
        /**
         * @param e an element of the tree
         * @return whether to walk the element's children
         */
        boolean visit(Element e);
    }

    /** What the walk does with each element, told how deep below the root it is. */
    @FunctionalInterface
    interface DepthVisitor {
        /**
         * @param e an element of the tree
         * @param depth 0 for the root, 1 for its children, and so on
         * @return whether to walk the element's children
         */
        boolean visit(Element e, int depth);
    }

    /**
     * Visits {@code root} and every element below it. The visitor must not change the tree.
     *
     * @param root where to start
     * @param visitor called once per element
     */
    static void elements(Element root, Visitor visitor) {
        elements(root, (e, depth) -> visitor.visit(e));
    }

    /**
     * Visits {@code root} and every element below it. The visitor must not change the tree.
     *
     * @param root where to start
     * @param visitor called once per element, with its depth
     */
    static void elements(Element root, DepthVisitor visitor) {
        if (!visitor.visit(root, 0) || root.childNodeSize() == 0) {
            return;
        }
        Element[] parents = new Element[32];
        int[] next = new int[32];
        int depth = 0;
        parents[0] = root;
        while (depth >= 0) {
            Element parent = parents[depth];
            int i = next[depth];
            if (i >= parent.childNodeSize()) {
                parents[depth--] = null;
                continue;
            }
            next[depth] = i + 1;
            Node n = parent.childNode(i);
            if (n instanceof Element e && visitor.visit(e, depth + 1) && e.childNodeSize() > 0) {
                if (++depth == parents.length) {
                    parents = java.util.Arrays.copyOf(parents, depth * 2);
                    next = java.util.Arrays.copyOf(next, depth * 2);
                }
                parents[depth] = e;
                next[depth] = 0;
            }
        }
    }
}

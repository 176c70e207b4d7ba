package io.sharkfin.pack;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading SnakeYAML's node tree (which keeps each node's position) with problems collected, not
 * thrown: a wrong type yields null and a {@link PackProblem} at the node.
 */
final class YamlNodes {
    private final Path file;
    private final String source;
    private final List<PackProblem> problems;
    private String ruleId;

    YamlNodes(Path file, String source, List<PackProblem> problems) {
        this.file = file;
        this.source = source;
        this.problems = problems;
    }

    /** Problems reported from now on are about this rule (null: the pack). */
    void rule(String id) {
        ruleId = id;
    }

    SourcePosition at(Node n) {
        Mark m = n.getStartMark();
        return new SourcePosition(file, m.getLine() + 1, m.getColumn() + 1);
    }

    void problem(Node at, String message) {
        problems.add(new PackProblem(at == null ? new SourcePosition(file, 1, 1) : at(at), ruleId, message));
    }

    /** The keys of a mapping, in order, with their value nodes; null (and a problem) if not a mapping. */
    Map<String, NodeTuple> mapping(Node n, String what) {
        if (!(n instanceof MappingNode m)) {
            problem(n, what + " must be a mapping");
            return null;
        }
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                problem(t.getKeyNode(), "keys of " + what + " must be plain words");
                continue;
            }
            if (out.putIfAbsent(k.getValue(), t) != null) {
                problem(k, "duplicate key '" + k.getValue() + "'");
            }
        }
        return out;
    }

    /** Reports every key not in {@code allowed}. */
    void onlyKeys(Map<String, NodeTuple> m, String what, List<String> allowed) {
        for (Map.Entry<String, NodeTuple> e : m.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problem(e.getValue().getKeyNode(), "unknown key '" + e.getKey() + "' in " + what
                        + " (allowed: " + String.join(", ", allowed) + ")");
            }
        }
    }

    static Node value(Map<String, NodeTuple> m, String key) {
        NodeTuple t = m.get(key);
        return t == null ? null : t.getValueNode();
    }

    /** A scalar's text; null (and a problem) when the node is not a scalar. */
    String text(Node n, String what) {
        if (n instanceof ScalarNode s) {
            return s.getValue();
        }
        problem(n, what + " must be a single value");
        return null;
    }

    /** A scalar with the file position of each of its characters. */
    ScalarText located(Node n, String what) {
        String v = text(n, what);
        if (v == null) {
            return null;
        }
        int start = charIndex(n.getStartMark().getIndex());
        int end = charIndex(n.getEndMark().getIndex());
        return ScalarText.align(file, source, start, end, v);
    }

    /** SnakeYAML counts code points; the text is indexed by chars. */
    private int charIndex(int codePoints) {
        try {
            return source.offsetByCodePoints(0, Math.min(codePoints, source.codePointCount(0, source.length())));
        } catch (IndexOutOfBoundsException e) {
            return Math.min(codePoints, source.length());
        }
    }

    Long integer(Node n, String what) {
        String t = text(n, what);
        if (t == null) {
            return null;
        }
        try {
            return Long.parseLong(t.trim());
        } catch (NumberFormatException e) {
            problem(n, what + " must be a whole number, not '" + t + "'");
            return null;
        }
    }

    /** A list of scalars; a single scalar counts as a list of one. */
    List<String> strings(Node n, String what) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n instanceof ScalarNode s) {
            if (!s.getValue().isEmpty()) {
                out.add(s.getValue());
            }
            return out;
        }
        if (!(n instanceof SequenceNode seq)) {
            problem(n, what + " must be a list");
            return out;
        }
        for (Node item : seq.getValue()) {
            String t = text(item, "an element of " + what);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    List<Node> sequence(Node n, String what) {
        if (n instanceof SequenceNode seq) {
            return seq.getValue();
        }
        problem(n, what + " must be a list");
        return List.of();
    }
}

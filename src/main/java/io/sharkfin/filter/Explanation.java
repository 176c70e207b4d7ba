package io.sharkfin.filter;

import java.util.List;

/** The parts {@code sharkfin check --explain} prints. */
record Explanation(String text, String expandedText, String checkedTree, String optimizedTree,
                   String plan, List<String> fields, String bytecode, List<String> warnings) {

    String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("Filter:\n ").append(text).append("\n\n");
        if (!expandedText.equals(text)) {
            sb.append("Filter (after expansion):\n ").append(expandedText).append("\n\n");
        }
        sb.append("Syntax tree (checked):\n").append(checkedTree).append('\n');
        if (!optimizedTree.equals(checkedTree)) {
            sb.append("Syntax tree (optimized):\n").append(optimizedTree).append('\n');
        }
        sb.append("Fields read:\n");
        for (String f : fields) {
            sb.append(' ').append(f).append('\n');
        }
        if (fields.isEmpty()) {
            sb.append(" (none)\n");
        }
        sb.append('\n').append("Plan:\n").append(plan).append('\n');
        sb.append("Bytecode:\n").append(bytecode);
        for (String w : warnings) {
            sb.append("Warning: ").append(w).append('\n');
        }
        return sb.toString();
    }
}

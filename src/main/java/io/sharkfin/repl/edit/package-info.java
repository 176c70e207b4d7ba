/**
 * The line editor of the REPL on a terminal, with JLine 3: live validation while typing
 * ({@link io.sharkfin.repl.edit.FilterHighlighter}: the line on Wireshark's green, red or yellow,
 * tokens coloured, the error and a caret under its span in a fixed three-line status area at the
 * bottom), completion ({@link io.sharkfin.repl.edit.CompletionEngine}, independent of JLine and
 * adapted by {@link io.sharkfin.repl.edit.ReplCompleter} and {@link
 * io.sharkfin.repl.edit.ReplParser}), history in {@code ~/.sharkfin_history} with Ctrl-R search,
 * and JLine's history autosuggestion (what its AutosuggestionWidgets switch on) — → accepts.
 */
package io.sharkfin.repl.edit;

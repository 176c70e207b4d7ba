/**
 * The parsing stage of the display-filter compiler, as Wireshark/tshark 4.0.17 does it:
 * {@link io.sharkfin.filter.parse.FilterParser#parse FilterParser.parse} expands macros
 * ({@link io.sharkfin.filter.parse.MacroTable}), scans and parses the text into an
 * {@link io.sharkfin.filter.syntax.Expr} tree, and reports the first error with tshark's message
 * and location.
 *
 * <h2>How it follows Wireshark</h2>
 * <ul>
 *   <li>The grammar ({@code grammar/io/sharkfin/filter/grammar}) copies scanner.l rule for rule
 *       and grammar.lemon production for production; {@code ScannerTokenSource} does what the
 *       scanner's actions do (escapes, character constants, {@code .name}, errors).</li>
 *   <li>Errors come in lemon's order: a scanner error when the parser reaches the bad token, a
 *       reduce-action error (unknown function, bad range, unknown name before a layer or in a
 *       reference) once the token after the production is read, a syntax error at the first token
 *       the grammar cannot take. Checked against libwireshark 4.0.17 on the corpus probes, the
 *       syntax-only conformance cases and a few thousand random filters (see the tests).</li>
 *   <li>4.0's parser stack holds 100 symbols; deeper filters (98 nested parentheses, 50-link
 *       comparison chains, ...) make 4.0 misparse. They are rejected here with "Filter nesting is
 *       too deep ...", at the token that overflows, which also bounds the parser's recursion.</li>
 * </ul>
 *
 * <h2>Deliberate differences from 4.0.17</h2>
 * <ul>
 *   <li>{@code @field} and {@code ${@field}} (raw field bytes, Wireshark 4.2) are accepted when
 *       the name exists; any other {@code @} fails as in 4.0.</li>
 *   <li>Filters that overflow 4.0's parser stack are rejected (4.0 gives a wrong answer).</li>
 *   <li>Macro expansion longer than a mebibyte is refused (4.0 grows the text without bound);
 *       {@code $0} in a macro text is refused (4.0 reads before the argument list).</li>
 *   <li>Locations count characters of the Java string; Wireshark counts bytes, so they differ
 *       after non-ASCII text. A message quoting part of a multi-byte character (4.0 quotes one
 *       byte) quotes the whole character.</li>
 *   <li>A NUL character is an ordinary non-printable character, not the end of the text.</li>
 *   <li>Macro files: an unknown escape such as {@code \"} keeps the whole field (4.0 truncates
 *       the field's end by one character per such escape).</li>
 *   <li>{@code any}/{@code all} before {@code not in} or a comparison chain is dropped: 4.0 puts
 *       it on the {@code not} or the {@code and}, where nothing reads it.</li>
 * </ul>
 */
package io.sharkfin.filter.parse;

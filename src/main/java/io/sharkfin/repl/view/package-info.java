/**
 * What the REPL's commands compute and print, each in the format of the tool users know:
 * {@link io.sharkfin.repl.view.ProtocolTree} ({@code tshark -V}), {@link
 * io.sharkfin.repl.view.HexDump} ({@code tshark -x}), {@link io.sharkfin.repl.view.StreamFollower}
 * ({@code -z follow}), {@link io.sharkfin.repl.view.Stats} ({@code -z io,phs}, conversations,
 * endpoints, top values), {@link io.sharkfin.repl.view.WhyAnalysis} (sub-expressions counted
 * alone), {@link io.sharkfin.repl.view.SavedFilters} (the pack {@code :save} writes).
 */
package io.sharkfin.repl.view;

/**
 * The interactive shell, {@code sharkfin repl [FILE...]} (and {@code sharkfin} alone): type a
 * display filter, see the frames it selects.
 *
 * <p>Built on the public engine API as an embedding program would use it: {@link
 * io.sharkfin.filter.Filter#compile}, {@link io.sharkfin.dissect.PacketStream} over a {@link
 * io.sharkfin.dissect.Session} recording only the fields needed, {@link
 * io.sharkfin.dissect.FieldFormat} for values.
 *
 * <ul>
 * <li>{@link io.sharkfin.repl.Shell} executes lines — a filter, or a {@link
 *     io.sharkfin.repl.Command} ({@code :open}, {@code :why}, ...; {@link io.sharkfin.repl.Commands}
 *     lists them) — and prints through a {@link io.sharkfin.repl.Console}: a terminal, or batch
 *     mode ({@link io.sharkfin.repl.BatchRepl}) when standard input is not one.</li>
 * <li>{@link io.sharkfin.repl.FilterScan} runs a filter over a capture and hands the summary rows
 *     of matching frames over as it finds them, so the first page shows while the scan goes on;
 *     on a terminal {@link io.sharkfin.repl.FilterRunner} pages them and leaves the rest of the
 *     count to the background.</li>
 * <li>Memory stays bounded on captures of millions of frames: no packet is kept. A {@link
 *     io.sharkfin.repl.LoadedCapture} keeps a {@link io.sharkfin.repl.FrameIndex} (the capture's
 *     counts for {@code :info}, nothing per frame); a result keeps a bit set of the matching
 *     frame numbers; {@code :show N} and {@code :hex N} dissect again ({@link
 *     io.sharkfin.repl.TreeCursor}); completion samples values with bounds ({@link
 *     io.sharkfin.repl.ValueSampler}).</li>
 * <li>{@link io.sharkfin.repl.LiveValidator} compiles the text being typed, once per distinct
 *     text; the line editor ({@code io.sharkfin.repl.edit}) colours and reports from it.</li>
 * </ul>
 */
package io.sharkfin.repl;

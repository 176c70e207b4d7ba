/**
 * Capture: frames in and out, with no protocol knowledge.
 *
 * <ul>
 *   <li>{@link io.sharkfin.capture.CaptureFiles#open(java.nio.file.Path)} reads pcap, pcapng and
 *       gzip-compressed captures, recognised by magic number, memory-mapped: frames are
 *       zero-copy views of the mapping, valid while the reader is open;
 *       {@link io.sharkfin.capture.CaptureFiles#stream(java.nio.file.Path)} reads them front to
 *       back through a few heap buffers instead (bounded resident memory). Damaged input gives every
 *       frame before the damage, then one {@link io.sharkfin.capture.CaptureException} worded
 *       like tshark's.</li>
 *   <li>{@link io.sharkfin.capture.PcapWriter} and {@link io.sharkfin.capture.PcapngWriter} write
 *       frames back, keeping bytes, times and comments.</li>
 *   <li>{@link io.sharkfin.capture.LiveCapture} captures from an interface through libpcap
 *       (pcap4j); {@link io.sharkfin.capture.Bpf} compiles capture filters and runs them on
 *       frames.</li>
 *   <li>{@link io.sharkfin.capture.ReadObserver} is told of a whole read (the reader, each
 *       frame, the end) by the commands that make one, for their progress line.</li>
 * </ul>
 *
 * <p>Reading follows Wireshark 4.0's wiretap: the same frame numbers, time stamps (to the
 * nanosecond, computed the same way), lengths, interface ids and names, and the same error
 * messages, so that everything downstream can agree with tshark frame for frame.
 */
package io.sharkfin.capture;

/**
 * tshark's statistics ({@code -z}): tables filled from every frame read, whatever {@code -Y}
 * selects, and printed when the capture ends, as tshark prints them.
 *
 * <p>{@link io.sharkfin.stats.Statistic#of} reads a {@code -z} argument; the conversation and
 * endpoint tables ({@code conv,TYPE[,FILTER]}, {@code endpoints,TYPE[,FILTER]}) count what
 * Wireshark's taps count: one record per Ethernet, IPv4, IPv6, TCP or UDP header of a frame,
 * leaving out the headers quoted inside ICMP errors ({@link io.sharkfin.stats.TableType}).
 * {@code io,stat,INTERVAL[,COLUMN]...} ({@link io.sharkfin.stats.IoStat}) counts frames, bytes
 * or a field's values per interval.
 */
package io.sharkfin.stats;

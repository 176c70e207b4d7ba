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
 *
 * <p>The stats trees ({@code http,tree}, {@code http_req,tree}, {@code http_srv,tree},
 * {@code dns,tree}) share one mechanism, epan/stats_tree.c's: a {@code StatsTree} of counters
 * with averages and burst windows, printed by {@code StatsTreeText}; each tree is a small
 * {@code TreeSource} that makes its nodes and ticks them for each record its protocol's tap
 * queues, read back from the dissected messages ({@code HttpTap}, {@code DnsTap}).
 */
package io.sharkfin.stats;

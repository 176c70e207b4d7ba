/**
 * IOC extraction and beacon-cadence analysis: {@code sharkfin iocs -r FILE [-Y SCOPE]
 * [--format text|json|md|html] [-o OUT] [--emit-pack OUT.yaml]}.
 *
 * <p><b>One pass.</b> {@link io.sharkfin.ioc.IocAnalysis} streams the capture through the public
 * pipeline ({@link io.sharkfin.dissect.PacketStream} over a session primed with the fields of
 * {@link io.sharkfin.ioc.IocFields} and those of the scope filter) and hands every frame to the
 * collectors: {@link io.sharkfin.ioc.FirstSeen} (each address' first packet),
 * {@link io.sharkfin.ioc.cadence.ConnectionTracker} (TCP connection attempts and UDP flows per
 * client/server pair), {@link io.sharkfin.ioc.dns.DnsCollector} (names, clients, NXDOMAIN bursts,
 * DGA scores), {@link io.sharkfin.ioc.http.HttpCollector} (hosts, URIs, User-Agents, headers),
 * {@link io.sharkfin.ioc.tls.TlsCollector} (SNI, certificates, JA3/JA3S/JA4),
 * {@link io.sharkfin.ioc.ssh.SshCollector} (SSH software, HASSH/HASSHServer),
 * {@link io.sharkfin.ioc.ftp.FtpCollector} (FTP logins and transfers) and
 * {@link io.sharkfin.ioc.hosts.HostsCollector} (DHCP and NetBIOS names). At the end the
 * cadence of each pair is judged ({@link io.sharkfin.ioc.cadence.BeaconScorer}) with the causes
 * the collectors found, and {@code FindingBuilder} writes the ranked narrative.
 *
 * <p><b>Every number has a filter.</b> Each indicator and finding carries an
 * {@link io.sharkfin.ioc.report.EvidenceReport}: how many frames, the first and last, the first
 * frame numbers, and a display filter that selects exactly those frames (tests check this on
 * every shared capture). {@code --emit-pack} turns the findings into a filter pack whose rules
 * are those filters.
 *
 * <p><b>Memory</b> is bounded by the number of distinct indicators, not frames
 * ({@link io.sharkfin.ioc.Limits}): tables stop growing at their bound (drops are reported), each
 * indicator keeps at most 64 frame numbers and each pair at most 4,096 events; conversations are
 * followed in fixed rings of 65,536 slots. Measured with {@code bench/iocs-bench.sh}: the
 * smallest heap that completes is 16 MB for big.pcap (0.95 M frames) and 32 MB for big4.pcap
 * (3.8 M frames, the same indicators; the difference is the cadence events filling up to their
 * bound).
 *
 * <p><b>DGA model.</b> {@link io.sharkfin.ioc.dga.TrigramModel} ships character trigram counts
 * of English words made from Debian's {@code wamerican} word list (SCOWL, permissive licence,
 * quoted in the resource's header) and the ICANN section of the Public Suffix List (MPL 2.0,
 * from Debian's {@code publicsuffix}).
 *
 * <p><b>HTTP and TLS</b> are read from Wireshark's {@code http.*} and {@code tls.handshake.*}
 * fields and sharkfin's {@code tls.cert.*}; a build without those dissectors reports the fields
 * as missing ({@code capture.fieldsMissing}) and analyses the rest.
 */
package io.sharkfin.ioc;

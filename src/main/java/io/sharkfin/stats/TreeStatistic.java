package io.sharkfin.stats;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.filter.Filter;
import io.sharkfin.filter.FilterException;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.BitSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code -z ABBR,tree[,FILTER]}: one of the stats_tree statistics (ui/cli/tap-stats_tree.c), a
 * {@link StatsTree} its {@link TreeSource} ticks for every tap record of the frames that pass
 * the filter, printed when the capture ends.
 */
public final class TreeStatistic implements Statistic {

    /** The trees sharkfin has, by the abbreviation tshark registers them under. */
    private enum Kind {
        HTTP("http", HttpPacketCounter::new),
        HTTP_REQ("http_req", HttpRequests::new),
        HTTP_SRV("http_srv", HttpLoadDistribution::new),
        DNS("dns", DnsStatsTree::new),
        PLEN("plen", r -> new PacketLengths()),
        IP_HOSTS("ip_hosts", r -> new IpStatsTree(r, IpStatsTree.Shape.HOSTS, false)),
        IP_SRCDST("ip_srcdst", r -> new IpStatsTree(r, IpStatsTree.Shape.SRCDST, false)),
        PTYPE("ptype", r -> new IpStatsTree(r, IpStatsTree.Shape.PTYPE, false)),
        DESTS("dests", r -> new IpStatsTree(r, IpStatsTree.Shape.DESTS, false)),
        IPV6_HOSTS("ipv6_hosts", r -> new IpStatsTree(r, IpStatsTree.Shape.HOSTS, true)),
        IPV6_SRCDST("ipv6_srcdst", r -> new IpStatsTree(r, IpStatsTree.Shape.SRCDST, true)),
        IPV6_PTYPE("ipv6_ptype", r -> new IpStatsTree(r, IpStatsTree.Shape.PTYPE, true)),
        IPV6_DESTS("ipv6_dests", r -> new IpStatsTree(r, IpStatsTree.Shape.DESTS, true));

        final String abbr;
        final Function<FieldRegistry, TreeSource> source;

        Kind(String abbr, Function<FieldRegistry, TreeSource> source) {
            this.abbr = abbr;
            this.source = source;
        }

        static Kind named(String abbr) {
            for (Kind k : values()) {
                if (k.abbr.equals(abbr)) {
                    return k;
                }
            }
            return null;
        }
    }

    static final String ABBRS = Arrays.stream(Kind.values()).map(k -> k.abbr).collect(Collectors.joining("|"));
    static final String FORM = ABBRS + ",tree[,FILTER]";

    /** tshark's "ABBR,tree" then, after a comma, the tap's filter. */
    private static final Pattern ARGUMENT = Pattern.compile("([^,]+),tree(?:,(.*))?", Pattern.DOTALL);

    private final TreeSource source;
    private final StatsTree tree;
    private final Filter filter;
    private final int relative;
    private final BitSet fields;

    private TreeStatistic(TreeSource source, Filter filter, FieldRegistry registry) {
        this.source = source;
        this.filter = filter;
        this.tree = new StatsTree(source.title());
        source.init(tree);
        TapFields f = new TapFields(registry);
        relative = f.id("frame.time_relative");
        fields = f.fields();
        fields.or(source.fields());
        if (filter != null) {
            fields.or(filter.fields());
        }
    }

    /**
     * The statistic of an {@code ABBR,tree[,FILTER]} argument, or null when {@code arg} is not
     * of that form.
     *
     * @throws IllegalArgumentException for a tree sharkfin does not have
     * @throws FilterException for a filter that does not compile
     */
    static TreeStatistic parse(String arg, FieldRegistry registry) throws FilterException {
        Matcher m = ARGUMENT.matcher(arg);
        if (!m.matches()) {
            return null;
        }
        Kind kind = Kind.named(m.group(1));
        if (kind == null) {
            throw new IllegalArgumentException("sharkfin has the stats trees " + ABBRS.replace("|", ", ")
                    + " (-z " + FORM + "), not \"" + m.group(1) + "\" in \"" + arg + "\"");
        }
        String filterText = m.group(2);
        Filter filter = TapFilter.compile(filterText);
        return new TreeStatistic(kind.source.apply(registry), filter, registry);
    }

    @Override
    public BitSet fields() {
        return (BitSet) fields.clone();
    }

    @Override
    public BitSet filterFields() {
        return TapFilter.fields(filter);
    }

    @Override
    public boolean needsTree() {
        return filter != null;
    }

    @Override
    public void accept(Packet p) {
        if (filter != null && !filter.test(p)) {
            return;
        }
        int t = relative < 0 ? -1 : p.first(relative);
        // nstime_to_msec(&pinfo->rel_ts)
        double nowMs = t < 0 ? 0 : (double) p.timeSeconds(t) * 1000 + (double) p.timeNanos(t) / 1_000_000;
        source.tap(p, nowMs, tree);
    }

    @Override
    public void print(PrintWriter out) {
        out.print(StatsTreeText.render(tree));
    }
}

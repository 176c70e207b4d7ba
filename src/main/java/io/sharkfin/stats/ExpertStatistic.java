package io.sharkfin.stats;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.filter.Filter;
import io.sharkfin.filter.FilterException;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code -z expert[,error|warn|note|chat|comment][,FILTER]}: the expert findings of the frames
 * that pass the filter (ui/cli/tap-expert.c), one line per protocol and message with how often
 * it was raised, by severity from errors down to the lowest asked for (comments by default).
 * A finding's group is that of its first occurrence; lines keep the order first seen.
 */
public final class ExpertStatistic implements Statistic {

    static final String FORM = "expert[,error|warn|note|chat|comment][,FILTER]";

    /** The severities as tap-expert.c lists them, most severe first, with its titles. */
    private static final Expert.Severity[] LEVELS = {Expert.Severity.ERROR, Expert.Severity.WARN,
        Expert.Severity.NOTE, Expert.Severity.CHAT, Expert.Severity.COMMENT};
    private static final String[] TITLES = {"Errors", "Warns", "Notes", "Chats", "Comments"};
    /** The level keywords expert_stat_init matches (case-insensitively) after "expert". */
    private static final String[] KEYWORDS = {"error", "warn", "note", "chat", "comment"};

    /** One line: a protocol and message, the group of its first occurrence and how often. */
    private static final class Line {
        final String protocol;
        final String summary;
        final String group;
        int frequency;

        Line(String protocol, String summary, String group) {
            this.protocol = protocol;
            this.summary = summary;
            this.group = group;
        }
    }

    private final Filter filter;
    /** The lowest severity reported, by its place in {@link #LEVELS}. */
    private final int lowest;
    private final int expert;
    private final int message;
    private final int severity;
    private final int group;
    /** proto.c's finding on a string item, which only a drawn tree's real items raise. */
    private final int trailingCharacters;
    private boolean drawnTree;
    private final BitSet fields = new BitSet();
    private final List<List<Line>> lines = new ArrayList<>();
    private final List<Map<String, Line>> byKey = new ArrayList<>();

    private ExpertStatistic(Filter filter, int lowest, FieldRegistry registry) {
        this.filter = filter;
        this.lowest = lowest;
        TapFields f = new TapFields(registry);
        expert = f.id("_ws.expert");
        message = f.id("_ws.expert.message");
        severity = f.id("_ws.expert.severity");
        group = f.id("_ws.expert.group");
        trailingCharacters = f.id(Expert.TRAILING_STRAY_CHARACTERS.name());
        fields.or(f.fields());
        if (filter != null) {
            fields.or(filter.fields());
        }
        for (int i = 0; i < LEVELS.length; i++) {
            lines.add(new ArrayList<>());
            byKey.add(new HashMap<>());
        }
    }

    /**
     * The statistic of an {@code expert...} argument, or null when {@code arg} does not start so.
     * Read as expert_stat_init reads it: an optional level keyword (its first letters are enough
     * to match and the rest is skipped, as there), then after a comma the filter.
     *
     * @throws FilterException for a filter that does not compile
     */
    static ExpertStatistic parse(String arg, FieldRegistry registry) throws FilterException {
        if (!arg.startsWith("expert")) {
            return null;
        }
        String rest = arg.substring("expert".length());
        int lowest = LEVELS.length - 1;
        for (int i = 0; i < KEYWORDS.length; i++) {
            String k = "," + KEYWORDS[i];
            if (rest.regionMatches(true, 0, k, 0, k.length())) {
                lowest = i;
                rest = rest.substring(k.length());
                break;
            }
        }
        String filterText = rest.startsWith(",") ? rest.substring(1) : null;
        Filter filter = TapFilter.compile(filterText);
        return new ExpertStatistic(filter, lowest, registry);
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
    public void primed(BitSet named, boolean drawnTree) {
        this.drawnTree = drawnTree;
    }

    /** Only with a filter: the expert tap is registered without TL_REQUIRES_PROTO_TREE. */
    @Override
    public boolean needsTree() {
        return filter != null;
    }

    @Override
    public void accept(Packet p) {
        if (expert < 0 || filter != null && !filter.test(p)) {
            return;
        }
        for (int e = p.first(expert); e >= 0; e = p.next(e)) {
            if (Expert.raisedInErrorPacket(p, e) || !drawnTree && part(p, e, trailingCharacters) >= 0) {
                continue;
            }
            int s = part(p, e, severity);
            int level = s < 0 ? -1 : level(p.num(s));
            if (level < 0 || level > lowest) {
                continue;
            }
            int m = part(p, e, message);
            String summary = m < 0 ? "" : p.string(m);
            String protocol = Expert.raisedBy(p, e);
            String key = protocol + '\0' + summary;
            Line line = byKey.get(level).get(key);
            if (line == null) {
                int g = part(p, e, group);
                line = new Line(protocol, summary, g < 0 ? "" : groupName(p, g));
                byKey.get(level).put(key, line);
                lines.get(level).add(line);
            }
            line.frequency++;
        }
    }

    /**
     * The part of field {@code field} Expert.add put beneath finding {@code e} (its own field,
     * message, severity, group), or -1. They follow the item, after the hidden
     * {@code _ws.malformed} it may add beside it.
     */
    private static int part(Packet p, int e, int field) {
        for (int k = e + 1, end = Math.min(p.entryCount(), e + 7); field >= 0 && k < end; k++) {
            if (p.parent(k) == e && p.field(k) == field) {
                return k;
            }
        }
        return -1;
    }

    private static int level(long value) {
        for (int i = 0; i < LEVELS.length; i++) {
            if (LEVELS[i].value() == value) {
                return i;
            }
        }
        return -1;
    }

    /** The group's name by the field's own value strings (expert_group_vals), as tap-expert.c prints it. */
    private static String groupName(Packet p, int e) {
        String name = p.registry().byId(p.field(e)).valueName(p.num(e));
        return name != null ? name : "Unknown (" + p.num(e) + ")";
    }

    @Override
    public void print(PrintWriter out) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < LEVELS.length; i++) {
            List<Line> level = lines.get(i);
            if (level.isEmpty()) {
                continue;
            }
            long total = 0;
            for (Line l : level) {
                total += l.frequency;
            }
            text.append('\n').append(TITLES[i]).append(" (").append(total).append(")\n");
            text.append("=============\n");
            text.append("   Frequency      Group           Protocol  Summary\n");
            for (Line l : level) {
                text.append(String.format(Locale.ROOT, "%12d %10s %18s  %s\n", l.frequency, l.group, l.protocol,
                        l.summary));
            }
        }
        out.print(text);
    }
}

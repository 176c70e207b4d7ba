package io.sharkfin.rules;

import io.sharkfin.filter.check.Typed;
import io.sharkfin.filter.runtime.ByteRegex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The algorithm lists of an SSH KEXINIT ({@code ssh.kex_algorithms}, the encryption, MAC and
 * compression lists) for Suricata 7, which has no buffer for them but puts four of them, joined
 * by ';', in the HASSH strings: {@code ssh.hassh.string} is the client's key exchange,
 * client-to-server encryption, MAC and compression lists, {@code ssh.hassh.server.string} the
 * server's key exchange and server-to-client lists. A test of list n becomes a pcre that skips
 * the n lists before it and stays inside the list (names hold no ';'). Lists no HASSH string
 * holds (the client's server-to-client choices, the server's client-to-server ones) are not
 * matched: the loss report says so.
 */
final class HasshLists {
    private HasshLists() {
    }

    /** Where each list is in a HASSH string, and which side's string holds it. */
    private record Place(int index, List<String> buffers, String missing) {
    }

    private static final String CLIENT = "ssh.hassh.string";
    private static final String SERVER = "ssh.hassh.server.string";

    private static final Map<String, Place> PLACES = Map.of(
            "ssh.kex_algorithms", new Place(0, List.of(CLIENT, SERVER), null),
            "ssh.encryption_algorithms_client_to_server", new Place(1, List.of(CLIENT), "the server's list"),
            "ssh.encryption_algorithms_server_to_client", new Place(1, List.of(SERVER), "the client's list"),
            "ssh.mac_algorithms_client_to_server", new Place(2, List.of(CLIENT), "the server's list"),
            "ssh.mac_algorithms_server_to_client", new Place(2, List.of(SERVER), "the client's list"),
            "ssh.compression_algorithms_client_to_server", new Place(3, List.of(CLIENT), "the server's list"),
            "ssh.compression_algorithms_server_to_client", new Place(3, List.of(SERVER), "the client's list"));

    /** The HASSH string buffers that hold each list field, for the generator's field table. */
    static Map<String, List<String>> buffers() {
        Map<String, List<String>> out = new HashMap<>();
        PLACES.forEach((field, p) -> out.put(field, p.buffers()));
        return out;
    }

    /** The note every rule reading a HASSH buffer carries: Suricata computes HASSH only when asked to. */
    static Loss needsHassh(String keyword) {
        return Loss.note(keyword + " needs HASSH enabled in suricata.yaml (app-layer.protocols.ssh.hassh: yes)");
    }

    static boolean holds(String field) {
        return PLACES.containsKey(field);
    }

    static void literal(SuricataDraft d, SuricataKeywords.Buffer b, Atom a, boolean neg, String what) {
        Place place = PLACES.get(a.name());
        List<String> values = a.values().stream().map(Atom::text).toList();
        if (a.function() != null || values.stream().anyMatch(v -> v.indexOf(';') >= 0)) {
            SuricataGenerator.drop(d, what, "only contains, == and in of names become a pcre on " + b.keyword(), neg);
            return;
        }
        String skip = "^" + (place.index() == 0 ? "" : "(?:[^;]*;){" + place.index() + "}");
        boolean negate = neg;
        String pattern;
        switch (a.kind()) {
            case CONTAINS -> pattern = skip + "[^;]*" + ByteRegex.literal(values.getFirst());
            case COMPARE -> {
                if (a.op() != Typed.Op.EQ && a.op() != Typed.Op.NE) {
                    SuricataGenerator.drop(d, what, "a list is compared as text: only == and !=", neg);
                    return;
                }
                negate = neg != (a.op() == Typed.Op.NE);
                pattern = skip + ByteRegex.literal(values.getFirst()) + "(?:;|$)";
            }
            case IN -> {
                List<String> quoted = new ArrayList<>();
                for (String v : values) {
                    quoted.add(ByteRegex.literal(v));
                }
                pattern = skip + "(?:" + String.join("|", quoted) + ")(?:;|$)";
            }
            default -> {
                SuricataGenerator.drop(d, what, "only contains, == and in of names become a pcre on " + b.keyword(), neg);
                return;
            }
        }
        d.match(b, b.keyword() + "; pcre:" + (negate ? "!" : "") + "\"/" + SuricataText.pcre(pattern) + "/\";");
        d.losses.add(needsHassh(b.keyword()));
        if (place.missing() != null) {
            d.losses.add(Loss.narrower(what + " → " + b.keyword() + ": " + place.missing()
                    + " of the same name is in no HASSH string and is not matched"));
        }
        if (negate) {
            d.losses.add(Loss.narrower(what + ": a negated match in Suricata needs " + b.keyword()
                    + " to be present; traffic without it is not matched"));
        }
    }
}

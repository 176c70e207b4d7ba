package io.sharkfin.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Sigma log sources sharkfin writes rules for, and the field names each may use (the
 * shipped list {@code sigma-fields.tsv}, with the source of every name).
 */
enum SigmaLogsource {
    ZEEK_DNS("zeek/dns", Map.of("product", "zeek", "service", "dns")),
    ZEEK_HTTP("zeek/http", Map.of("product", "zeek", "service", "http")),
    ZEEK_X509("zeek/x509", Map.of("product", "zeek", "service", "x509")),
    PROXY("proxy", Map.of("category", "proxy")),
    FIREWALL("firewall", Map.of("category", "firewall"));

    private final String key;
    private final Map<String, String> yaml;

    SigmaLogsource(String key, Map<String, String> yaml) {
        this.key = key;
        this.yaml = yaml;
    }

    String key() {
        return key;
    }

    /** The {@code logsource} mapping, category/product before service. */
    Map<String, String> yaml() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : new String[] {"category", "product", "service"}) {
            if (yaml.containsKey(k)) {
                m.put(k, yaml.get(k));
            }
        }
        return m;
    }

    /** The allowed field names of this log source. */
    Set<String> fields() {
        return Allowed.FIELDS.getOrDefault(key, Set.of());
    }

    /** The log source whose {@code logsource} mapping this is, or null. */
    static SigmaLogsource of(Map<?, ?> logsource) {
        for (SigmaLogsource s : values()) {
            if (s.yaml().equals(logsource)) {
                return s;
            }
        }
        return null;
    }

    private static final class Allowed {
        static final Map<String, Set<String>> FIELDS = load();

        private static Map<String, Set<String>> load() {
            Map<String, Set<String>> out = new LinkedHashMap<>();
            try (InputStream in = SigmaLogsource.class.getResourceAsStream("sigma-fields.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("sigma-fields.tsv is missing");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cols = line.split("\t");
                    out.computeIfAbsent(cols[0], k -> new TreeSet<>()).add(cols[1]);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }
    }
}

package io.sharkfin.ioc.http;

import io.sharkfin.ioc.DistinctValues;
import io.sharkfin.ioc.Evidence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The per-indicator records of the HTTP collector. */
final class HttpStats {
    private HttpStats() {
    }

    /**
     * A composite table key (client, host, path and the like): hashing it combines the parts'
     * cached hash codes, where a key built by concatenation would copy and hash the text again.
     */
    record Key(String a, String b, String c) {
        static Key of(String a, String b) {
            return new Key(a, b, null);
        }
    }

    /** A value with its frames and who sent it. */
    static final class Counted {
        final String value;
        final Evidence evidence = new Evidence();
        final DistinctValues clients = new DistinctValues();
        final DistinctValues hosts = new DistinctValues();
        final DistinctValues servers = new DistinctValues();
        final DistinctValues requests = new DistinctValues();
        long count;

        Counted(String value) {
            this.value = value;
        }
    }

    /** A URI on a host. */
    static final class Uri {
        final String host;
        final String uri;
        final Evidence evidence = new Evidence();
        final Set<String> methods = new LinkedHashSet<>();
        final Set<Integer> statuses = new TreeSet<>();
        long requests;

        Uri(String host, String uri) {
            this.host = host;
            this.uri = uri;
        }
    }

    /** One client asking one host for one path, with the request times (for polling). */
    static final class Path {
        static final int TIMES_KEPT = 256;
        final String client;
        final String host;
        final String path;
        final Evidence evidence = new Evidence();
        final List<Long> times = new ArrayList<>();
        long requests;

        Path(String client, String host, String path) {
            this.client = client;
            this.host = host;
            this.path = path;
        }
    }

    /** A proxy request (CONNECT or absolute URI). */
    static final class Proxy {
        final String client;
        final String method;
        final String target;
        final String host;
        final Evidence evidence = new Evidence();

        Proxy(String client, String method, String target, String host) {
            this.client = client;
            this.method = method;
            this.target = target;
            this.host = host;
        }
    }
}

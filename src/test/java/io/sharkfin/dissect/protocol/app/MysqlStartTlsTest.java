package io.sharkfin.dissect.protocol.app;

import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * MySQL's switch to TLS in ppp-pcapng-example.pcapng (stream 0: greeting in frame 4, a login
 * request asking for SSL in frame 6, then a TLS handshake and application data), whatever the
 * session wants. Frames as tshark 4.0.17 selects them with {@code -Y mysql}, {@code -Y tls} and
 * {@code -Y tls.app_data_proto}; its 42 records of application data are MySQL's
 * ({@code tls.app_data_proto}).
 */
class MysqlStartTlsTest {
    private static final Path CAPTURE = TestCaptures.CORPUS.resolve("ppp-pcapng-example.pcapng");
    private static final List<Long> MYSQL = List.of(4L, 6L);
    private static final List<Long> TLS = List.of(8L, 10L, 12L, 14L, 15L, 17L, 18L, 20L, 22L, 24L, 26L, 28L,
            30L, 32L, 34L, 36L, 38L, 40L, 42L, 44L, 46L, 48L, 50L, 52L, 54L);
    private static final List<Long> APP_DATA = TLS.subList(4, TLS.size());

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theConnectionSwitchesToTlsAfterTheLoginRequest(boolean full) {
        assertEquals(MYSQL, framesWith(full, "mysql"));
        assertEquals(TLS, framesWith(full, "tls"));
        assertEquals(APP_DATA, framesWith(full, "tls.app_data_proto"));
    }

    @Test
    void applicationDataIsMysqls() {
        Session s = Session.needing(List.of("tls.app_data_proto"));
        List<String> protocols = new ArrayList<>();
        TestCaptures.each(s, CAPTURE, p -> {
            int id = p.registry().lookup("tls.app_data_proto").id();
            for (int e = p.first(id); e >= 0; e = p.next(e)) {
                protocols.add(FieldFormat.format(p, e));
            }
        });
        assertEquals(2 * APP_DATA.size(), protocols.size());
        assertEquals(List.of("MySQL Protocol"), protocols.stream().distinct().toList());
    }

    /** The frames that have {@code field}, from a session wanting only it (or everything). */
    private static List<Long> framesWith(boolean full, String field) {
        Session s = full ? Session.full() : Session.needing(List.of(field));
        List<Long> out = new ArrayList<>();
        TestCaptures.each(s, CAPTURE, p -> {
            if (has(p, field)) {
                out.add(p.number());
            }
        });
        return out;
    }

    private static boolean has(Packet p, String field) {
        return p.has(p.registry().lookup(field).id());
    }
}

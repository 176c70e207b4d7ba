package io.sharkfin.dissect.protocol.ocsp;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.filter.Filter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Display filters on OCSP, X.509 and BER fields select the frames tshark 4.0.17 selects
 * (src/test/resources/ocsp/filters.tsv, made by record_filters.py), each run in a session that
 * needs only the filter's fields, so that TLS and HTTP hand OCSP data on when only OCSP is asked for.
 */
class OcspFilterTest {

    static Stream<Arguments> cases() throws IOException {
        Path resources = Path.of("src/test/resources");
        return Files.readAllLines(resources.resolve("ocsp/filters.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .map(l -> l.split("\t", -1))
                .map(c -> Arguments.of(resources.resolve(c[0]), c[1], c[2]));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("cases")
    void selectsTsharksFrames(Path capture, String filter, String frames) throws Exception {
        Filter f = Filter.compile(filter);
        List<String> selected = new ArrayList<>();
        try (PacketStream packets = PacketStream.open(capture, f.fields())) {
            for (Packet p : packets) {
                if (f.test(p)) {
                    selected.add(Long.toString(p.number()));
                }
            }
        }
        assertEquals(frames, String.join(",", selected));
    }
}

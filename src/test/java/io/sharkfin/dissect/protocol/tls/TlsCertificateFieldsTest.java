package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * sharkfin's own certificate fields ({@code tls.cert.*}, computed with the JDK) for every
 * certificate of the corpus, against what openssl says of the same DER bytes
 * (src/test/resources/tls/certificates.tsv, made by make_cert_expectations.py).
 */
class TlsCertificateFieldsTest {

    private static final String[] FIELDS = {"tls.cert.serial", "tls.cert.not_before", "tls.cert.not_after",
        "tls.cert.sha1", "tls.cert.sha256", "tls.cert.subject.cn", "tls.cert.issuer.cn", "tls.cert.san",
        "tls.cert.subject", "tls.cert.issuer", "tls.handshake.certificate"};

    @Test
    void everyCertificateAsOpensslSeesIt() throws Exception {
        Map<String, List<String[]>> byCapture = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/tls/certificates.tsv"), StandardCharsets.UTF_8)) {
            String[] r = line.split("\t", -1);
            byCapture.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r);
        }
        FieldRegistry reg = FieldRegistry.standard();
        BitSet ids = new BitSet();
        for (String f : FIELDS) {
            ids.set(reg.lookup(f).id());
        }
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (var entry : byCapture.entrySet()) {
            Map<String, Map<String, List<String>>> frames = new HashMap<>();
            try (PacketStream packets = PacketStream.open(TlsTruth.CORPUS.resolve(entry.getKey()), ids)) {
                for (Packet p : packets) {
                    Map<String, List<String>> values = new HashMap<>();
                    for (String f : FIELDS) {
                        FieldDef d = reg.lookup(f);
                        List<String> v = new ArrayList<>();
                        for (int e = p.first(d.id()); e >= 0; e = p.next(e)) {
                            v.add(f.endsWith("not_before") || f.endsWith("not_after")
                                    ? Long.toString(p.timeSeconds(e)) : FieldFormat.format(p, e));
                        }
                        values.put(f, v);
                    }
                    frames.put(Long.toString(p.number()), values);
                }
            }
            for (String[] want : entry.getValue()) {
                Map<String, List<String>> got = frames.get(want[1]);
                int i = Integer.parseInt(want[2]);
                String where = entry.getKey() + " frame " + want[1] + " certificate " + i + ": ";
                if (got == null || got.get("tls.cert.sha256").size() <= i) {
                    problems.add(where + "no certificate fields");
                    continue;
                }
                checked++;
                check(problems, where + "serial", want[3], got.get("tls.cert.serial").get(i));
                check(problems, where + "not_before", want[4], got.get("tls.cert.not_before").get(i));
                check(problems, where + "not_after", want[5], got.get("tls.cert.not_after").get(i));
                check(problems, where + "sha1", want[6], got.get("tls.cert.sha1").get(i));
                check(problems, where + "sha256", want[7], got.get("tls.cert.sha256").get(i));
                String subject = got.get("tls.cert.subject").get(i);
                for (String cn : want[8].isEmpty() ? new String[0] : want[8].split("\\|")) {
                    if (!got.get("tls.cert.subject.cn").contains(cn) || !subject.contains(cn)) {
                        problems.add(where + "subject CN " + cn + " not in " + subject);
                    }
                }
                for (String cn : want[9].isEmpty() ? new String[0] : want[9].split("\\|")) {
                    if (!got.get("tls.cert.issuer.cn").contains(cn)) {
                        problems.add(where + "issuer CN " + cn + " missing");
                    }
                }
                for (String dns : want[10].isEmpty() ? new String[0] : want[10].split("\\|")) {
                    if (!got.get("tls.cert.san").contains(dns)) {
                        problems.add(where + "SAN " + dns + " missing");
                    }
                }
            }
        }
        assertTrue(checked >= 40, "checked " + checked);
        assertEquals(List.of(), problems);
    }

    private static void check(List<String> problems, String what, String want, String got) {
        if (!want.equals(got)) {
            problems.add(what + ": openssl " + want + ", sharkfin " + got);
        }
    }
}

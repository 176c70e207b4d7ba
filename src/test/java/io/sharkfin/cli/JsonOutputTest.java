package io.sharkfin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sharkfin.cli.output.Json;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code -T json} without {@code -e}: the frame's layers side by side, each with its items nested
 * as tshark nests them ({@code name_tree} objects), repeated names as arrays as with tshark's
 * {@code --no-duplicate-keys}. Expected values are tshark 4.0.17's, from
 * {@code tshark -r lab-c2-a.pcap -c 1 -T json --no-duplicate-keys}.
 */
class JsonOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode layers(String capture, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("-r", capture, "-T", "json"));
        args.addAll(List.of(more));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out()).get(0).get("_source").get("layers");
    }

    @Test
    void layersAndTheirSubtreesAreTsharks() throws Exception {
        JsonNode layers = layers("src/test/resources/corpus/captures/lab-c2-a.pcap", "-c", "1");
        List<String> names = new ArrayList<>();
        layers.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("frame", "eth", "ip", "udp", "dns"), names);
        assertEquals(JSON.readTree("""
                {"ip.version":"4","ip.hdr_len":"20","ip.dsfield":"0x00","ip.dsfield_tree":{"ip.dsfield.dscp":"0",
                "ip.dsfield.ecn":"0"},"ip.len":"85","ip.id":"0x50a1","ip.flags":"0x00","ip.flags_tree":{"ip.flags.rb":"0",
                "ip.flags.df":"0","ip.flags.mf":"0"},"ip.frag_offset":"0","ip.ttl":"64","ip.proto":"17",
                "ip.checksum":"0x2bc0","ip.checksum.status":"2","ip.src":"127.0.0.2","ip.addr":["127.0.0.2","127.0.0.53"],
                "ip.src_host":"127.0.0.2","ip.host":["127.0.0.2","127.0.0.53"],"ip.dst":"127.0.0.53",
                "ip.dst_host":"127.0.0.53"}"""), layers.get("ip"));
        // bytes as tshark's JSON writes them, colon-separated
        assertEquals("9a:94:01:20:00:01:00:00:00:00:00:01:03:77:77:77:07:65:78:61:6d:70:6c:65:04:74:65:73:74:00:00:01"
                        + ":00:01:00:00:29:04:d0:00:00:00:00:00:0c:00:0a:00:08:7e:19:5b:e3:b0:80:b1:ed",
                layers.get("udp").get("udp.payload").asText());
        assertEquals("eth:ethertype:ip:udp:dns", layers.get("frame").get("frame.protocols").asText());
        assertEquals("0.000000000", layers.get("frame").get("frame.offset_shift").asText());
        assertEquals(JSON.readTree("""
                {"dns.flags.response":"0","dns.flags.opcode":"0","dns.flags.truncated":"0","dns.flags.recdesired":"1",
                "dns.flags.z":"0","dns.flags.authenticated":"1","dns.flags.checkdisable":"0"}"""),
                layers.get("dns").get("dns.flags_tree"));
        // text items are keyed by their text, their items inside (tshark -T json, the same frame)
        assertEquals(JSON.readTree("""
                {"udp.time_relative":"0.000000000","udp.time_delta":"0.000000000"}"""),
                layers.get("udp").get("Timestamps"));
        assertEquals(JSON.readTree("""
                {"www.example.test: type A, class IN":{"dns.qry.name":"www.example.test","dns.qry.name.len":"16",
                "dns.count.labels":"3","dns.qry.type":"1","dns.qry.class":"0x0001"}}"""),
                layers.get("dns").get("Queries"));
        assertTrue(layers.get("dns").get("Additional records").has("<Root>: type OPT"));
    }

    @Test
    void theOutputIsTsharksByteForByte() throws Exception {
        // tshark -n -r CAPTURE -T json --no-duplicate-keys, kept in src/test/resources/json
        for (String capture : List.of("cs-dns_lab.pcapng", "tcpdump-dnssec.pcap")) {
            CliRun r = CliRun.of("-r", "src/test/resources/corpus/captures/" + capture, "-T", "json");
            assertEquals(0, r.code(), r.err());
            assertEquals(Files.readString(Path.of("src/test/resources/json/" + capture + ".tshark.json")), r.out(),
                    capture);
        }
    }

    @Test
    void selectedFieldsAndNoFramesAreLaidOutAsTsharkDoes() throws Exception {
        CliRun r = CliRun.of("-r", "src/test/resources/corpus/captures/lab-c2-a.pcap", "-Y", "frame.number <= 2",
                "-T", "json", "-e", "frame.number", "-e", "ip.addr");
        assertEquals(0, r.code(), r.err());
        // tshark -r lab-c2-a.pcap -Y 'frame.number <= 2' -T json -e frame.number -e ip.addr
        assertEquals("""
                [
                  {
                    "_index": "packets-2026-11-28",
                    "_type": "doc",
                    "_score": null,
                    "_source": {
                      "layers": {
                        "frame.number": [
                          "1"
                        ],
                        "ip.addr": [
                          "127.0.0.2",
                          "127.0.0.53"
                        ]
                      }
                    }
                  },
                  {
                    "_index": "packets-2026-11-28",
                    "_type": "doc",
                    "_score": null,
                    "_source": {
                      "layers": {
                        "frame.number": [
                          "2"
                        ],
                        "ip.addr": [
                          "127.0.0.53",
                          "127.0.0.2"
                        ]
                      }
                    }
                  }
                ]
                """, r.out());
        // json_dumper's escapes: "</" as "<\/" (an HTML body's closing tags), \b and \f by name
        CliRun body = CliRun.of("-r", "src/test/resources/corpus/captures/cs-http_google.pcapng", "-T", "json",
                "-e", "http.file_data", "-Y", "http.file_data");
        assertTrue(body.out().contains("<\\/title>") && !body.out().contains("</"), body.out());
        assertEquals("\"a/b<\\/c\\b\\f\\u0001\"", Json.string("a/b</c\b\f\u0001"));
        CliRun none = CliRun.of("-r", "src/test/resources/corpus/captures/lab-c2-a.pcap", "-Y", "frame.number == 0",
                "-T", "json");
        assertEquals("[]\n", none.out());
    }

    @Test
    void aQuotedPacketSitsInsideTheIcmpError() throws Exception {
        // an ICMP time-exceeded quotes the IP and UDP headers it answers: tshark nests them in "icmp"
        CliRun frames = CliRun.of("-r", "src/test/resources/corpus/captures/cs-icmp_traceroute.pcapng", "-Y",
                "icmp.type == 11", "-T", "fields", "-e", "frame.number");
        String first = frames.out().lines().findFirst().orElseThrow();
        JsonNode layers = layers("src/test/resources/corpus/captures/cs-icmp_traceroute.pcapng",
                "-Y", "frame.number == " + first);
        List<String> top = new ArrayList<>();
        layers.fieldNames().forEachRemaining(top::add);
        assertEquals(List.of("frame", "eth", "ip", "icmp"), top);
        List<String> icmp = new ArrayList<>();
        layers.get("icmp").fieldNames().forEachRemaining(icmp::add);
        assertEquals(List.of("icmp.type", "icmp.code", "icmp.checksum", "icmp.checksum.status", "icmp.unused", "ip",
                "icmp"), icmp);
        assertTrue(layers.get("icmp").get("ip").has("ip.src"), layers.get("icmp").toString());
    }

    @Test
    void ekFlattensEachLayerAsTsharkDoes() throws Exception {
        CliRun r = CliRun.of("-r", "src/test/resources/corpus/captures/lab-c2-a.pcap", "-c", "1", "-T", "ek");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("{\"index\":{\"_index\":\"packets-2026-11-28\",\"_type\":\"doc\"}}", lines.get(0));
        JsonNode layers = JSON.readTree(lines.get(1)).get("layers");
        // values of tshark -r lab-c2-a.pcap -c 1 -T ek: layer_field names, booleans, ISO times
        assertEquals("2026-11-28T13:05:07.443724000Z", layers.get("frame").get("frame_frame_time").asText());
        assertTrue(layers.get("frame").get("frame_frame_marked").isBoolean());
        assertEquals("4", layers.get("ip").get("ip_ip_version").asText());
        assertEquals("0x00", layers.get("ip").get("ip_ip_dsfield").asText());
        assertEquals("0", layers.get("ip").get("ip_ip_dsfield_dscp").asText());
        assertTrue(layers.get("ip").get("ip_ip_flags_df").isBoolean() && !layers.get("ip").get("ip_ip_flags_df").asBoolean());
        assertTrue(layers.get("dns").get("dns_dns_flags_recdesired").asBoolean());
        assertEquals("www.example.test", layers.get("dns").get("dns_dns_qry_name").asText());
        // text items under "text", an item without a value as null
        assertEquals("Timestamps", layers.get("udp").get("text").asText());
        assertTrue(layers.get("dns").get("dns_dns_opt").isNull());
        JsonNode texts = layers.get("dns").get("text");
        assertTrue(texts.toString().contains("\"www.example.test: type A, class IN\""), texts.toString());
        assertTrue(texts.toString().contains("\"<Root>: type OPT\""), texts.toString());
    }

    @Test
    void ekNestsProtocolItemsAndNamesItemsByTheirProtocol() throws Exception {
        // frame 3 of lab-c2-a.pcap is the first SYN, frame 92 carries the C2's certificate
        CliRun r = CliRun.of("-r", "src/test/resources/corpus/captures/lab-c2-a.pcap", "-T", "ek",
                "-Y", "frame.number == 3 || frame.number == 92");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        JsonNode syn = JSON.readTree(lines.get(1)).get("layers").get("tcp");
        // as tshark -r lab-c2-a.pcap -T ek writes frame 3: the finding an object of its own
        JsonNode expert = syn.get("_ws_expert");
        assertTrue(expert != null && expert.isObject(), syn.toString());
        assertEquals("Connection establish request (SYN): server port 443",
                expert.get("_ws_expert__ws_expert_message").asText());
        assertEquals("2097152", expert.get("_ws_expert__ws_expert_severity").asText());
        assertTrue(expert.get("tcp_tcp_connection_syn").isNull());
        assertTrue(syn.get("tcp__ws_expert_message") == null, "no longer flattened into the layer");
        // X.509's items inside TLS's layer carry their own protocols' names
        JsonNode tls = JSON.readTree(lines.get(3)).get("layers").get("tls");
        assertTrue(tls.get("x509if_x509if_oid").toString().contains("2.5.4.3"), tls.toString());
        assertTrue(tls.get("x509af_x509af_serialNumber") != null, tls.toString());
    }
}

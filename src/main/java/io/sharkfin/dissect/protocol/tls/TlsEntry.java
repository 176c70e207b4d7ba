package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldSpec;

import java.util.List;

/**
 * What the three ways into TLS (its ports, the heuristic, QUIC's CRYPTO frames: Wireshark's
 * {@code tls}, {@code ssl_heur} and {@code tls13_handshake} handles) have in common: one protocol,
 * with one field list and one short name, for filters and error indications alike.
 */
interface TlsEntry extends Dissector {
    @Override
    default FieldSpec protocol() {
        return TlsFields.TLS;
    }

    @Override
    default List<FieldSpec> fields() {
        return TlsDissector.ALL_FIELDS;
    }

    @Override
    default String shortName() {
        return "TLS";
    }
}

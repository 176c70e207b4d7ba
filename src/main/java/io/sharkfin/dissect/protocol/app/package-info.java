/**
 * Application protocols sharkfin recognises by their registered ports without dissecting their
 * fields: the protocol becomes a layer of the frame ({@code frame.protocols}, filters such as
 * {@code ajp13} or {@code frame.protocols contains "x11"}) with one protocol item, as the first
 * thing Wireshark's dissector does. Where Wireshark frames a protocol's PDUs with
 * {@code tcp_dissect_pdus} from a fixed header (MySQL, AJP13), the framing is reproduced, so that
 * segments of an unfinished PDU show no layer, as in tshark. MySQL follows its login as far as
 * the switch to TLS a client's SSL request makes.
 *
 * <p>What is not modelled: the fields, the protocols these carry, and the desegmentation of
 * the protocols that do their own (X11): segments Wireshark holds back for those show the layer
 * here. The NetBIOS Name Service is dissected in full (see {@code io.sharkfin.dissect.protocol.nbns}),
 * and so are SSH ({@code io.sharkfin.dissect.protocol.ssh}) and the NetBIOS Session Service
 * with SMB2 above it ({@code io.sharkfin.dissect.protocol.smb}).
 */
package io.sharkfin.dissect.protocol.app;

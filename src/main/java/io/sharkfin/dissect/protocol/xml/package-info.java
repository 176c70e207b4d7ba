/**
 * XML bodies (Wireshark's {@code xml}: text/xml, application/soap+xml, UPnP descriptions, ...) as
 * Wireshark 4.0.17 dissects them: {@link io.sharkfin.dissect.protocol.xml.XmlDissector} reads the
 * document with the port of the combinator parser Wireshark's dissector is written in ({@link
 * io.sharkfin.dissect.protocol.TokenParser}, the grammar in {@code XmlGrammar}) and adds tags,
 * attributes, text, comments, CDATA sections, processing instructions and DOCTYPEs as
 * packet-xml.c's callbacks add them ({@code XmlTree}).
 */
package io.sharkfin.dissect.protocol.xml;

/**
 * JSON bodies (Wireshark's {@code json}: application/json and its kin) as Wireshark 4.0.17
 * dissects them: {@link io.sharkfin.dissect.protocol.json.JsonDissector} reads the document with
 * the port of the combinator parser Wireshark's dissector is written in ({@link
 * io.sharkfin.dissect.protocol.TokenParser}, the grammar in {@code JsonGrammar}), undoes string
 * escapes as packet-json.c does ({@code JsonStrings}) and adds objects, arrays, members, keys,
 * values and their paths as its callbacks add them ({@code JsonTree}).
 */
package io.sharkfin.dissect.protocol.json;

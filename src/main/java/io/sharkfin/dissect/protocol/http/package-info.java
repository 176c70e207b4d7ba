/**
 * HTTP/1.x and SSDP as Wireshark 4.0.17 dissects them with default preferences
 * (packet-http.c, req_resp_hdrs.c), and the body dissectors HTTP hands on to
 * ({@link io.sharkfin.dissect.protocol.http.media}).
 *
 * <h2>What is dissected</h2>
 * HTTP runs on TCP ports 80, 3128, 3132, 5985, 8080, 8088, 11371, 1900, 2869 and 2710, and as
 * the "HTTP over TCP" heuristic elsewhere (a first line starting or ending with "HTTP/1.", which
 * claims the conversation); SSDP on UDP 1900 gives the same {@code http.*} fields under the
 * {@code ssdp} layer. Through TCP's desegmentation service
 * ({@link io.sharkfin.dissect.protocol.tcp.TcpPayloadDissector}) headers split over segments,
 * Content-Length bodies, chunked bodies (to their last chunk) and responses without a length (to
 * the FIN) are reassembled as Wireshark's {@code http.desegment_headers} and
 * {@code http.desegment_body} do, so the fields appear on the frame that completes the message;
 * chunked bodies are de-chunked and gzip, deflate and brotli bodies decompressed
 * ({@code http.dechunk_body}, {@code http.decompress_body}; brotli with Google's Java decoder,
 * which cannot decode a stream cut short, as Wireshark's does in part: {@code BrotliBody}).
 * Single pass: a request never shows {@code http.response_in},
 * nor any message {@code http.next_request_in}/{@code http.next_response_in}.
 *
 * <h2>Not done</h2>
 * Kerberos credentials (NTLMSSP's and Negotiate's tokens in the authentication headers go to
 * {@code io.sharkfin.dissect.protocol.ntlmssp}), HTTP2-Settings, Upgrade targets (WebSocket,
 * HTTP/2) and media types of protocols sharkfin lacks (CMS, ...) are not
 * dissected: such bodies go to {@code media}, switched conversations to {@code data}. (OCSP's
 * media types go to {@code io.sharkfin.dissect.protocol.ocsp} and the multipart ones to
 * {@code io.sharkfin.dissect.protocol.multipart}, registered with
 * {@link io.sharkfin.dissect.protocol.http.HttpDissector#registerMediaType}.) XML and
 * JSON bodies are layers without their fields. Custom header fields (a preference) do not exist.
 *
 * <h2>Memory</h2>
 * Per TCP conversation (TCP forgets conversations past its own bounds): the last request's
 * method, URI, host and full URI, and two request/response pairs. SSDP conversations: the
 * {@value io.sharkfin.dissect.protocol.http.HttpSessionState#MAX_UDP_CONVERSATIONS} most recently
 * used. Per message: the de-chunked entity (at most the body) and the inflated entity (at most
 * {@value io.sharkfin.dissect.protocol.http.BodyInflater#MAX_OUTPUT} bytes, where Wireshark has no
 * bound). Reassembly buffers are TCP's, bounded by
 * {@link io.sharkfin.dissect.protocol.tcp.TcpLimits} (a PDU handed over more than
 * {@code maxPduWork} bytes in total while HTTP keeps asking for one more segment is abandoned:
 * a 1 MB header line cut into 1400-byte segments is, where Wireshark goes on).
 *
 * <h2>Cost</h2>
 * TCP calls HTTP only when the session needs an HTTP, SSDP or body field, the layers, or TCP's
 * reassembly fields; fields are recorded only when wanted. Header lines are scanned in place;
 * strings are built only for the fields wanted and the headers HTTP itself uses.
 */
package io.sharkfin.dissect.protocol.http;

package io.sharkfin.ioc.report;

import java.util.List;

/**
 * HTTP indicators: hosts, URIs, methods, User-Agents and the other request headers analysts use,
 * and the credentials requests carried (Basic logins, other schemes' tokens).
 */
public record HttpReport(long requests, long requestsWithoutUserAgent, List<Host> hosts,
                         List<Uri> uris, List<FixedPath> fixedPaths, List<Counted> methods,
                         List<UserAgent> userAgents, List<Counted> acceptLanguages,
                         List<Counted> cookieNames, List<ProxyRequest> proxyRequests,
                         List<FirstRequest> firstRequests, List<Login> logins, List<LoginServer> loginServers,
                         List<LoginClient> loginClients, List<Token> tokens) {

    /** A value and the frames carrying it. */
    public record Counted(String value, long count, EvidenceReport evidence) {
    }

    /** A Host header value. */
    public record Host(String host, long requests, List<String> clients, List<String> servers,
                       EvidenceReport evidence) {
    }

    /** A request URI on a host, with the response codes seen for it. */
    public record Uri(String host, String uri, long requests, List<String> methods,
                      List<Integer> statuses, EvidenceReport evidence) {
    }

    /** The same path asked for again and again by one client: polling. */
    public record FixedPath(String client, String host, String path, long requests,
                            double medianInterval, EvidenceReport evidence) {
    }

    /** Why a User-Agent stands out: {@code kind} is a stable word, {@code reason} plain prose. */
    public record Flag(String kind, String reason) {
    }

    /** A User-Agent value, who sent it, and what is odd about it. */
    public record UserAgent(String value, long requests, List<String> clients, List<String> hosts,
                            List<Flag> flags, EvidenceReport evidence) {
    }

    /** A request addressed to a proxy: CONNECT, or an absolute URI. */
    public record ProxyRequest(String client, String method, String target, String host,
                               EvidenceReport evidence) {
    }

    /** A client's first HTTP request, and how long after the client's first packet it came. */
    public record FirstRequest(String client, long firstPacketFrame, String firstPacketTime,
                               long requestFrame, String requestTime, double delaySeconds,
                               String method, String host, String uri, String userAgent) {
    }

    /**
     * A user's Basic credentials sent to a server (a proxy, for Proxy-Authorization): the passwords
     * that followed the user (none when the decoded value had no colon), the headers and Host
     * names they came with, and the answers: {@code accepted} counts the final responses below 400,
     * {@code refused} the 401s and 407s, and {@code acceptedPasswords} the passwords accepted.
     */
    public record Login(String server, String user, List<String> passwords, List<String> acceptedPasswords,
                        List<String> headers, List<String> hosts, long count, long accepted, long refused,
                        List<String> clients, EvidenceReport evidence) {
    }

    /**
     * A credential of another scheme than Basic's sent to a server (a Bearer token, an API key),
     * as the header carried it ({@code value}, the scheme its first word), with the Host names it
     * came with; the handshakes (NTLM, Negotiate, Kerberos, Digest) are not tokens.
     */
    public record Token(String server, String header, String scheme, String value, List<String> hosts, long count,
                        List<String> clients, EvidenceReport evidence) {
    }
}

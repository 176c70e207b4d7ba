package io.sharkfin.stats;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code -z credentials}: the user names that cross the capture in clear text, one line per
 * credential in the order the dissectors met them (ui/cli/tap-credentials.c, fed by the taps of
 * packet-http.c, packet-ftp.c, packet-smtp.c, packet-pop.c and packet-imap.c), read back from
 * the fields those dissectors add:
 * <ul>
 *   <li>HTTP: an Authorization or Proxy-Authorization header. Basic gives its user (before the
 *       first colon of {@code http.authbasic}; none without a colon); NTLM, Negotiate, Digest,
 *       Kerberos and CitrixAGBasic give nothing (they have their own dissection); any other
 *       scheme is listed as "HTTP header auth" with user {@code n.a.}.</li>
 *   <li>FTP: PASS, with the user of the conversation's first USER that had an argument.</li>
 *   <li>SMTP: AUTH LOGIN's password line, with the conversation's first user name line and the
 *       frame of its latest one. Wireshark does not decode AUTH's base64 by default, so the user
 *       is shown encoded; an AUTH LOGIN that carried its user on the command line leaves none
 *       ({@code (null)}, frame 0, as tshark prints it).</li>
 *   <li>POP3: PASS with an argument, with the conversation's first USER argument (or none, as
 *       for SMTP) and its frame; the commands are told by the line's first four letters, in any
 *       case.</li>
 *   <li>IMAP: LOGIN, its user name as the request gives it (queued once the password is read:
 *       a LOGIN whose password cannot be read has none).</li>
 * </ul>
 * A conversation is a TCP stream ({@code tcp.stream}), as the dissectors' conversations are.
 * Records inside an ICMP error's quoted packet are not queued (tap.c).
 */
public final class CredentialsStatistic implements Statistic {

    static final String FORM = "credentials";
    private static final String RULE = "===================================================================\n";
    /** tap-credentials.h's TAP_CREDENTIALS_PLACEHOLDER. */
    private static final String PLACEHOLDER = "n.a.";
    /** The schemes packet-http.c dissects itself before it falls back to a generic record. */
    private static final String[] OWN_SCHEMES = {"NTLM ", "Negotiate ", "CitrixAGBasic ", "Kerberos ", "Digest"};
    // the FTP commands packet-ftp.c tests before USER and PASS: a token that is a prefix of one of
    // them is taken for it (strncmp over the token's length)
    private static final String[] FTP_BEFORE_USER = {"PORT", "EPRT"};

    private record Row(long frame, String protocol, String username, String info) {
    }

    /** What a conversation's dissector keeps for the records of later frames. */
    private static final class Login {
        String ftpUser;
        long ftpUserFrame;
        String smtpUser;
        long smtpUserFrame;
        String popUser;
        long popUserFrame;
    }

    private final TapFields f;
    private final int stream;
    private final int authorization;
    private final int proxyAuthorization;
    private final int authBasic;
    private final int ftp;
    private final int ftpCommand;
    private final int smtpUser;
    private final int smtpPassword;
    private final int smtpCommandLine;
    private final int popCommand;
    private final int popParameter;
    private final int imapUser;
    private final int imapPassword;
    private final List<Row> rows = new ArrayList<>();
    private final Map<Long, Login> logins = new HashMap<>();

    private CredentialsStatistic(FieldRegistry registry) {
        f = new TapFields(registry);
        stream = f.id("tcp.stream");
        authorization = f.id("http.authorization");
        proxyAuthorization = f.id("http.proxy_authorization");
        authBasic = f.id("http.authbasic");
        ftp = f.id("ftp");
        ftpCommand = f.id("ftp.request.command");
        smtpUser = f.id("smtp.auth.username");
        smtpPassword = f.id("smtp.auth.password");
        smtpCommandLine = f.id("smtp.command_line");
        popCommand = f.id("pop.request.command");
        popParameter = f.id("pop.request.parameter");
        imapUser = f.id("imap.request.username");
        imapPassword = f.id("imap.request.password");
    }

    /**
     * The statistic of a {@code credentials} argument, or null for another. tshark's credentials
     * tap takes no argument and ignores anything after its name; sharkfin refuses it rather than
     * leave a filter silently unapplied.
     */
    static CredentialsStatistic parse(String arg, FieldRegistry registry) {
        if (!arg.startsWith(FORM)) {
            return null;
        }
        if (!arg.equals(FORM)) {
            throw new IllegalArgumentException("-z credentials takes no filter or option (tshark would ignore \""
                    + arg.substring(FORM.length()) + "\"); narrow the frames with -Y instead");
        }
        return new CredentialsStatistic(registry);
    }

    @Override
    public BitSet fields() {
        return f.fields();
    }

    /** The credentials tap is registered with TL_REQUIRES_NOTHING. */
    @Override
    public boolean needsTree() {
        return false;
    }

    @Override
    public void accept(Packet p) {
        for (int e = 0, n = p.entryCount(); e < n; e++) {
            int field = p.field(e);
            // the parents are walked only for the few entries that make a record
            boolean trigger = field >= 0 && (field == authorization || field == proxyAuthorization
                    || field == ftpCommand || field == smtpUser || field == smtpPassword || field == popParameter
                    || field == imapPassword);
            if (!trigger || f.quoted(p, e)) {
                continue;
            }
            if (field == authorization || field == proxyAuthorization) {
                http(p, e);
            } else if (field == ftpCommand) {
                ftp(p, e);
            } else if (field == smtpUser) {
                smtpUser(p, e);
            } else if (field == smtpPassword) {
                smtpPassword(p, e);
            } else if (field == popParameter) {
                pop(p, e);
            } else {
                imap(p, e);
            }
        }
    }

    /** LOGIN's record, queued once its password was read, with the user name beside it. */
    private void imap(Packet p, int password) {
        int user = p.lastBefore(imapUser, password);
        if (user >= 0 && p.parent(user) == p.parent(password)) {
            rows.add(new Row(p.frame().number(), "IMAP", p.string(user), ""));
        }
    }

    /** packet-http.c's HDR_AUTHORIZATION: check_auth_basic, else a generic record unless another scheme's. */
    private void http(Packet p, int header) {
        String value = p.string(header);
        if (value.startsWith("Basic ")) {
            int decoded = p.firstAfter(authBasic, header);
            if (decoded == Integer.MAX_VALUE || !p.isUnder(decoded, header)) {
                return;
            }
            // basic_auth_credentials: g_strsplit on ':' must give a user and a password
            String credentials = p.string(decoded);
            int colon = credentials.indexOf(':');
            if (colon >= 0) {
                rows.add(new Row(p.frame().number(), "HTTP basic auth", credentials.substring(0, colon), ""));
            }
            return;
        }
        for (String scheme : OWN_SCHEMES) {
            if (value.startsWith(scheme)) {
                return;
            }
        }
        rows.add(new Row(p.frame().number(), "HTTP header auth", PLACEHOLDER, ""));
    }

    /**
     * A request's command (the first token of the segment's first line): USER keeps the
     * conversation's first user, PASS makes a record with it.
     */
    private void ftp(Packet p, int command) {
        String token = p.string(command);
        if (token.isEmpty() || prefixOfAny(token, FTP_BEFORE_USER)) {
            return;
        }
        Login login = login(p, command);
        if ("USER".startsWith(token)) {
            String user = ftpUser(p, command, token.length());
            if (login.ftpUser == null && user != null) {
                login.ftpUser = user;
                login.ftpUserFrame = p.frame().number();
            }
        } else if ("PASS".startsWith(token) && login.ftpUser != null) {
            rows.add(new Row(p.frame().number(), "FTP", login.ftpUser, "Username in packet: " + login.ftpUserFrame));
        }
    }

    private static boolean prefixOfAny(String token, String[] commands) {
        for (String c : commands) {
            if (c.startsWith(token)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The user packet-ftp.c keeps: the first line after the token and one character, when there
     * is more than that one (the line ends at the first CR or LF of the payload), else null.
     */
    private String ftpUser(Packet p, int command, int tokenLength) {
        int payload = p.lastBefore(ftp, command);
        byte[] bytes = payload < 0 ? null : p.capturedSpan(payload);
        if (bytes == null) {
            return null;
        }
        int lineStart = (int) (p.rawOff(command) - p.rawOff(payload));
        int lineEnd = lineStart;
        while (lineEnd < bytes.length && bytes[lineEnd] != '\r' && bytes[lineEnd] != '\n') {
            lineEnd++;
        }
        int userStart = lineStart + tokenLength + 1;
        if (lineEnd - userStart < 1) {
            return null;
        }
        // wmem_strndup: up to a NUL
        int userEnd = userStart;
        while (userEnd < lineEnd && bytes[userEnd] != 0) {
            userEnd++;
        }
        return new String(bytes, userStart, userEnd - userStart, StandardCharsets.UTF_8);
    }

    /**
     * A user name line of AUTH LOGIN (not the one an AUTH command line carries, which packet-smtp.c
     * keeps nowhere): the conversation keeps its first user and the frame of its latest line.
     */
    private void smtpUser(Packet p, int e) {
        int parent = p.parent(e);
        if (parent >= 0 && p.field(parent) == smtpCommandLine) {
            return;
        }
        Login login = login(p, e);
        if (login.smtpUser == null) {
            login.smtpUser = p.string(e);
        }
        login.smtpUserFrame = p.frame().number();
    }

    private void smtpPassword(Packet p, int e) {
        Login login = login(p, e);
        // printf of a NULL user name, as glibc prints it
        String user = login.smtpUser != null ? login.smtpUser : "(null)";
        rows.add(new Row(p.frame().number(), "SMTP", user, "Username in packet " + login.smtpUserFrame));
    }

    /**
     * A request's argument: USER's is the conversation's user unless it has one; PASS's makes a
     * record. packet-pop.c tells them by the line's first four letters (g_ascii_strncasecmp), so
     * by a command token of at least four letters; a line without a token has no command.
     */
    private void pop(Packet p, int parameter) {
        int command = p.lastBefore(popCommand, parameter);
        if (command < 0 || p.parent(command) != p.parent(parameter)) {
            return;
        }
        String token = p.string(command);
        Login login = login(p, parameter);
        if (token.regionMatches(true, 0, "USER", 0, 4)) {
            if (login.popUser == null) {
                login.popUser = p.string(parameter);
                login.popUserFrame = p.frame().number();
            }
        } else if (token.regionMatches(true, 0, "PASS", 0, 4)) {
            String user = login.popUser != null ? login.popUser : "(null)";
            rows.add(new Row(p.frame().number(), "POP3", user, "Username in packet " + login.popUserFrame));
        }
    }

    /** The conversation of the TCP segment entry {@code e} came in. */
    private Login login(Packet p, int e) {
        int s = p.lastBefore(stream, e);
        long key = s < 0 ? -1 : p.num(s);
        return logins.computeIfAbsent(key, k -> new Login());
    }

    @Override
    public void print(PrintWriter out) {
        StringBuilder text = new StringBuilder(RULE);
        text.append(String.format(Locale.ROOT, "%-10s %-16s %-16s %-16s\n", "Packet", "Protocol", "Username", "Info"));
        text.append("------     --------         --------         --------\n");
        for (Row r : rows) {
            text.append(String.format(Locale.ROOT, "%-10d %-16s %-16s %-16s\n", r.frame(), r.protocol(), r.username(),
                    r.info()));
        }
        text.append(RULE);
        out.print(text);
    }
}

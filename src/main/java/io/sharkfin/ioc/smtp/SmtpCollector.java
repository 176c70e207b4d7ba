package io.sharkfin.ioc.smtp;

import io.sharkfin.dissect.Packet;
import io.sharkfin.ioc.BoundedTable;
import io.sharkfin.ioc.Collector;
import io.sharkfin.ioc.DistinctValues;
import io.sharkfin.ioc.Evidence;
import io.sharkfin.ioc.FilterText;
import io.sharkfin.ioc.FrameContext;
import io.sharkfin.ioc.IocFields;
import io.sharkfin.ioc.LoginRecord;
import io.sharkfin.ioc.LoginTallies;
import io.sharkfin.ioc.PacketValues;
import io.sharkfin.ioc.ReportContext;
import io.sharkfin.ioc.StreamSlots;
import io.sharkfin.ioc.report.SmtpReport;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * SMTP indicators: AUTH LOGIN's user name and password lines ({@code smtp.auth.username},
 * {@code smtp.auth.password}: base64 as Wireshark shows them by default, decoded here) and AUTH
 * PLAIN's credentials ({@code smtp.auth.username_password}: authorization identity, user and
 * password, NUL-separated), by server; and the messages IMF read ({@code imf.from},
 * {@code imf.subject}, {@code imf.ext.mailer}, {@code imf.user_agent}, {@code imf.to}). A password
 * belongs to the user name sent before it on the same connection (tcp.stream); a request's
 * server is its destination.
 */
public final class SmtpCollector implements Collector {
    private static final int STREAM_SLOTS = 1 << 12;

    private final IocFields f;
    private final BoundedTable<String, Login> logins = new BoundedTable<>("SMTP logins");
    private final BoundedTable<String, Message> messages = new BoundedTable<>("SMTP messages");
    /** Each connection's last AUTH LOGIN user name, which the next password line completes. */
    private final StreamSlots<Login> lastLogin = new StreamSlots<>(STREAM_SLOTS);
    private final LoginTallies tallies = new LoginTallies("SMTP logins",
            "smtp.auth.password || smtp.auth.username_password");
    /** Each connection's password that waits for the server's answer (235 or 535). */
    private final StreamSlots<Attempt> awaiting = new StreamSlots<>(STREAM_SLOTS);

    private record Attempt(Login login, LoginTallies.Attempt tallied, String password) {
    }

    private static final class Login {
        final String server;
        final String mechanism;
        final String encoded;
        final LoginRecord record = new LoginRecord();

        Login(String server, String mechanism, String encoded) {
            this.server = server;
            this.mechanism = mechanism;
            this.encoded = encoded;
        }

        /** The user name decoded, or null when it does not decode to text. */
        String user() {
            return mechanism.equals("PLAIN") ? userOfPlain(encoded) : decode(encoded);
        }
    }

    private static final class Message {
        final String via;
        final String from;
        final String subject;
        final Evidence evidence = new Evidence();
        final DistinctValues mailers = new DistinctValues();
        final DistinctValues to = new DistinctValues();
        final DistinctValues clients = new DistinctValues();
        final DistinctValues servers = new DistinctValues();
        long count;

        Message(String via, String from, String subject) {
            this.via = via;
            this.from = from;
            this.subject = subject;
        }
    }

    public SmtpCollector(IocFields fields) {
        this.f = fields;
    }

    @Override
    public void accept(FrameContext frame) {
        Packet p = frame.packet();
        // most frames carry no mail: asked first, their addresses are never formatted
        boolean mail = PacketValues.first(p, f.smtpUser) >= 0 || PacketValues.first(p, f.smtpPassword) >= 0
                || PacketValues.first(p, f.smtpUserPassword) >= 0 || PacketValues.first(p, f.imfFrom) >= 0
                || PacketValues.first(p, f.smtpResponseCode) >= 0;
        if (!mail || frame.dst() == null) {
            return;
        }
        long stream = PacketValues.num(p, f.tcpStream, -1);
        for (int e = PacketValues.first(p, f.smtpResponseCode); e >= 0; e = p.next(e)) {
            answer(stream, (int) p.num(e));
        }
        for (int e = PacketValues.first(p, f.smtpUser); e >= 0; e = p.next(e)) {
            lastLogin.put(stream, login(frame, "LOGIN", frame.values().string(p, e)));
        }
        for (int e = PacketValues.first(p, f.smtpPassword); e >= 0; e = p.next(e)) {
            Login l = lastLogin.get(stream);
            String password = decode(frame.values().string(p, e));
            if (l != null && password != null) {
                l.record.password(password);
            }
            awaiting.put(stream, new Attempt(l, tallies.attempt(frame, l == null ? null : l.user()), password));
        }
        for (int e = PacketValues.first(p, f.smtpUserPassword); e >= 0; e = p.next(e)) {
            String encoded = frame.values().string(p, e);
            Login l = login(frame, "PLAIN", encoded);
            String[] parts = plain(encoded);
            if (l != null && parts != null) {
                l.record.password(parts[2]);
            }
            awaiting.put(stream, new Attempt(l, tallies.attempt(frame, parts == null ? null : parts[1]),
                    parts == null ? null : parts[2]));
        }
        int from = PacketValues.first(p, f.imfFrom);
        if (from >= 0) {
            message(frame, p, frame.values().string(p, from));
        }
    }

    /**
     * A reply on connection {@code stream}: 235 accepts the password waiting for an answer, 535
     * refuses it; other replies (334's prompts, 454's temporary failure) leave it waiting.
     */
    private void answer(long stream, int code) {
        Attempt a = awaiting.get(stream);
        if (a == null || (code != 235 && code != 535)) {
            return;
        }
        boolean accepted = code == 235;
        if (a.login() != null) {
            a.login().record.answered(accepted, a.password());
        }
        a.tallied().answered(accepted);
        awaiting.put(stream, null);
    }

    private Login login(FrameContext frame, String mechanism, String encoded) {
        Login l = logins.get(mechanism + '\0' + frame.dst() + '\0' + encoded,
                k -> new Login(frame.dst(), mechanism, encoded));
        if (l != null) {
            l.record.seen(frame);
        }
        return l;
    }

    /**
     * A message IMF read: sent with SMTP (client to server) or retrieved with POP3 or IMAP (from
     * the server to the client that asked for it).
     */
    private void message(FrameContext frame, Packet p, String from) {
        int s = PacketValues.first(p, f.imfSubject);
        String subject = s < 0 ? null : frame.values().string(p, s);
        String via = PacketValues.first(p, f.pop) >= 0 ? "POP3" : PacketValues.first(p, f.imap) >= 0 ? "IMAP" : "SMTP";
        boolean retrieved = !via.equals("SMTP");
        Message m = messages.get(via + '\0' + from + '\0' + (subject == null ? "\1" : subject),
                k -> new Message(via, from, subject));
        if (m == null) {
            return;
        }
        m.count++;
        m.evidence.add(frame.number(), frame.time());
        m.clients.add(retrieved ? frame.dst() : frame.src());
        m.servers.add(retrieved ? frame.src() : frame.dst());
        noteAll(frame, p, f.imfMailer, m.mailers);
        noteAll(frame, p, f.imfUserAgent, m.mailers);
        noteAll(frame, p, f.imfTo, m.to);
    }

    private static void noteAll(FrameContext frame, Packet p, int field, DistinctValues into) {
        for (int e = PacketValues.first(p, field); e >= 0; e = p.next(e)) {
            into.add(frame.values().string(p, e));
        }
    }

    /** Base64 text decoded to UTF-8 text, or null when it is not base64 of UTF-8 (public for tests). */
    public static String decode(String base64) {
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(base64.strip());
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return null;
        }
    }

    /** AUTH PLAIN's authorization identity, user and password (RFC 4616), or null. */
    public static String[] plain(String base64) {
        String text = decode(base64);
        if (text == null) {
            return null;
        }
        String[] parts = text.split("\0", -1);
        return parts.length == 3 ? parts : null;
    }

    @Override
    public void reportDrops(Map<String, Long> out) {
        logins.reportDrops(out);
        tallies.reportDrops(out);
        messages.reportDrops(out);
    }

    /**
     * Logins and messages in the order they first appeared (the tables' order: an entry is made
     * by its first frame), each with the filter that selects its frames.
     */
    public SmtpReport report(ReportContext ctx) {
        List<SmtpReport.Login> loginList = new ArrayList<>();
        for (Login l : logins.values()) {
            String user = l.user();
            String field = l.mechanism.equals("PLAIN") ? "smtp.auth.username_password" : "smtp.auth.username";
            LoginRecord r = l.record;
            loginList.add(new SmtpReport.Login(l.server, l.mechanism, l.encoded, user, r.passwords(),
                    r.acceptedPasswords(), r.count(), r.accepted(), r.refused(), r.clients(), ctx.evidence(r.evidence(),
                            FilterText.and(FilterText.eq(field, l.encoded), FilterText.dst(l.server)))));
        }
        List<SmtpReport.Message> messageList = new ArrayList<>();
        for (Message m : messages.values()) {
            String carrier = switch (m.via) {
                case "POP3" -> "pop";
                case "IMAP" -> "imap";
                default -> "smtp";
            };
            String filter = FilterText.and(carrier, FilterText.eq("imf.from", m.from),
                    m.subject == null ? "!imf.subject" : FilterText.eq("imf.subject", m.subject));
            messageList.add(new SmtpReport.Message(m.via, m.from, m.subject, m.mailers.list(), m.to.list(), m.count,
                    m.clients.list(), m.servers.list(), ctx.evidence(m.evidence, filter)));
        }
        return new SmtpReport(loginList, tallies.servers(ctx), tallies.clients(ctx), messageList);
    }

    private static String userOfPlain(String encoded) {
        String[] parts = plain(encoded);
        return parts == null ? null : parts[1];
    }
}

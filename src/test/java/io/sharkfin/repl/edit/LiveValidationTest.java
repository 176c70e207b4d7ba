package io.sharkfin.repl.edit;

import io.sharkfin.repl.LiveValidator;
import io.sharkfin.repl.LiveValidator.State;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live validation: the verdict on each text (the compiler's, tshark's messages and spans), the
 * line's colours, and the status lines with the caret.
 */
class LiveValidationTest {

    private static Terminal terminal;

    @BeforeAll
    static void terminal() throws Exception {
        terminal = TerminalBuilder.builder().system(false).jni(false).type("xterm-256color")
                .streams(new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream())
                .size(new Size(100, 30)).build();
    }

    @AfterAll
    static void close() throws Exception {
        terminal.close();
    }

    @Test
    void verdictsFollowTheCompiler() {
        LiveValidator v = new LiveValidator();
        assertEquals(State.EMPTY, v.check("  ").state());
        assertEquals(State.VALID, v.check("tcp.port == 443").state());
        assertEquals(State.WARNING, v.check("bootp").state());
        assertEquals("Deprecated token \"bootp\"", v.check("bootp").warnings().get(0));
        assertEquals(State.WARNING, v.check("tcp.port ~= 80").state());
        LiveValidator.Verdict bad = v.check("ip.src == 1.2.3.");
        assertEquals(State.INVALID, bad.state());
        assertEquals("\".\" was unexpected in this context.", bad.error().getMessage());
        assertEquals(15, bad.error().span().start());
    }

    @Test
    void eachTextCompilesOnce() {
        LiveValidator v = new LiveValidator();
        LiveValidator.Verdict first = v.check("dns && udp");
        assertSame(first, v.check("dns && udp"), "redisplays without edits reuse the compilation");
        assertSame(first.filter(), v.check("dns && udp").filter());
    }

    private static FilterHighlighter highlighter(StatusBar status) {
        return new FilterHighlighter(new LiveValidator(), Palette.rich(), status);
    }

    @Test
    void theLineTakesTheColourOfItsState() {
        StatusBar status = new StatusBar(terminal);
        FilterHighlighter h = highlighter(status);
        AttributedString valid = h.highlight(null, "tcp.port == 443");
        assertEquals("tcp.port == 443", valid.toString());
        // Wireshark's bar: green, red, yellow (256-colour tints 194, 224, 230)
        for (int i = 0; i < valid.length(); i++) {
            assertTrue(ansi(valid, i).contains("48;5;194"), ansi(valid, i));
        }
        AttributedString invalid = h.highlight(null, "tcp.port == 1.2.3.");
        assertTrue(ansi(invalid, 0).contains("48;5;224"), ansi(invalid, 0));
        AttributedString warning = h.highlight(null, "bootp");
        assertTrue(ansi(warning, 0).contains("48;5;230"), ansi(warning, 0));
        AttributedString empty = h.highlight(null, "");
        assertEquals("", empty.toString());
    }

    /** The escape sequences that draw character {@code i}. */
    private static String ansi(AttributedString s, int i) {
        return s.subSequence(i, i + 1).toAnsi(terminal);
    }

    @Test
    void tokensAreColouredByKind() {
        FilterHighlighter h = highlighter(new StatusBar(terminal));
        AttributedString s = h.highlight(null, "len(dns.qry.name) > 3 && dns.qry.name matches \"y\"");
        AttributedStyle bg = Palette.rich().valid();
        Palette p = Palette.rich();
        assertEquals(bg.foreground(p.function()).bold(), s.styleAt(0));
        assertEquals(bg.foreground(p.field()), s.styleAt(4));
        assertEquals(bg.foreground(p.punctuation()), s.styleAt(16));
        assertEquals(bg.foreground(p.operator()), s.styleAt(18));
        assertEquals(bg.foreground(p.literal()), s.styleAt(20));
        assertEquals(bg.foreground(p.keyword()).bold(), s.styleAt(22));
        assertEquals(bg.foreground(p.field()), s.styleAt(25));
        assertEquals(bg.foreground(p.operator()), s.styleAt(38));
        assertEquals(bg.foreground(p.string()), s.styleAt(46));
    }

    @Test
    void theErrorSpanIsUnderlined() {
        FilterHighlighter h = highlighter(new StatusBar(terminal));
        AttributedString s = h.highlight(null, "foo.bar == 1");
        // tshark: "foo.bar" is neither a field nor a protocol name, at 0..7
        AttributedStyle bg = Palette.rich().invalid();
        for (int i = 0; i < 7; i++) {
            assertEquals(bg.foreground(Palette.rich().literal()).foreground(Palette.rich().error()).bold().underline(),
                    s.styleAt(i), "at " + i);
        }
        assertEquals(bg, s.styleAt(7));
        assertEquals(bg.foreground(Palette.rich().operator()), s.styleAt(8));
    }

    @Test
    void statusLinesShowTheErrorWithACaretUnderItsSpan() {
        LiveValidator v = new LiveValidator();
        List<AttributedString> lines = ValidationStatus.of(v.check("tcp.port == 80 && ip.src == 1.2.3.4.5"),
                "tcp.port == 80 && ip.src == 1.2.3.4.5");
        assertEquals("✖ \"1.2.3.4.5\" is not a valid hostname or IPv4 address.", lines.get(0).toString());
        assertEquals("  tcp.port == 80 && ip.src == 1.2.3.4.5", lines.get(1).toString());
        // tshark draws this caret one column too long, and so does sharkfin
        assertEquals("                              ^~~~~~~~~", lines.get(2).toString());
        List<AttributedString> valid = ValidationStatus.of(v.check("tcp.port == 80"), "tcp.port == 80");
        assertEquals(List.of("✔ valid filter · reads tcp.port"), valid.stream().map(Object::toString).toList());
        List<AttributedString> warn = ValidationStatus.of(v.check("bootp && smb"), "bootp && smb");
        assertEquals("⚠ Deprecated token \"bootp\"; smb is not dissected by sharkfin: it never occurs",
                warn.get(0).toString());
        List<AttributedString> end = ValidationStatus.of(v.check("tcp.port =="), "tcp.port ==");
        // tshark gives this error no place; the status line points just past the text
        assertEquals(List.of("✖ Unexpected end of filter expression.", "  tcp.port ==", "             ^"),
                end.stream().map(Object::toString).toList());
    }

    @Test
    void theStatusBarKeepsAFixedHeightAndReachesTheTerminal() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal t = TerminalBuilder.builder().system(false).jni(false).type("xterm-256color")
                .streams(new ByteArrayInputStream(new byte[0]), out).size(new Size(100, 30)).build()) {
            StatusBar status = new StatusBar(t);
            highlighter(status).highlight(null, "ip.src == 1.2.3.");
            t.flush();
        }
        String drawn = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(drawn.contains("was unexpected in this context."), drawn);
        assertTrue(drawn.contains("ip.src == 1.2.3."), drawn);
        // scroll region above three status lines on a 30-line terminal
        assertTrue(drawn.contains("\u001b[1;27r"), drawn);
    }

    @Test
    void commandLinesValidateTheirFilter() {
        StatusBar status = new StatusBar(terminal);
        FilterHighlighter h = highlighter(status);
        AttributedString s = h.highlight(null, ":why tcp.port == x");
        assertEquals(":why tcp.port == x", s.toString());
        assertEquals(AttributedStyle.BOLD, s.styleAt(1), "the command name is bold");
        assertTrue(ansi(s, 5).contains("48;5;224"), ansi(s, 5));
        AttributedString other = h.highlight(null, ":open x.pcap");
        assertEquals(":open x.pcap", other.toString());
    }
}

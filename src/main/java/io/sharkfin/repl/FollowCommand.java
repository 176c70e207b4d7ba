package io.sharkfin.repl;

import io.sharkfin.capture.CaptureException;
import io.sharkfin.filter.FilterException;
import io.sharkfin.repl.view.HttpFollower;
import io.sharkfin.repl.view.StreamFollower;
import io.sharkfin.stats.FollowText;
import io.sharkfin.stats.FollowedConversation;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code :follow tcp|udp|http STREAM}: a conversation's payload as text, like Wireshark's Follow
 * TCP/UDP/HTTP Stream ({@code tshark -z follow,tcp,ascii,STREAM}). {@code http} shows the HTTP
 * messages of the TCP stream with their bodies de-chunked and decompressed (gzip, deflate); a body
 * that cannot be decoded is left out with a warning saying why.
 */
final class FollowCommand implements Command {

    @Override
    public String name() {
        return "follow";
    }

    @Override
    public String args() {
        return "tcp|udp|http STREAM [ascii|hex|raw|yaml]";
    }

    @Override
    public String summary() {
        return "a conversation's payload as text (tcp.stream / udp.stream number), like Follow TCP Stream;"
                + " http: the messages with bodies de-chunked and decompressed";
    }

    @Override
    public Arg arg() {
        return Arg.FOLLOW;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                new Example(":follow tcp 1", "the bytes of tcp.stream 1 both ways, as sent"),
                new Example(":follow http 1", "its HTTP messages, bodies de-chunked and decompressed"),
                new Example(":follow udp 0", "the datagrams of udp.stream 0"),
                new Example(":follow tcp 1 hex", "tcp.stream 1 as a hex dump (also raw, yaml), as tshark -z follow,tcp,hex,1"));
    }

    @Override
    public void run(String args, Shell shell) throws ReplError {
        String[] parts = args.split("\\s+");
        if (parts.length != 2 && parts.length != 3) {
            throw ReplError.usage("usage: :follow " + args());
        }
        FollowText.Mode mode = parts.length == 3 ? FollowText.Mode.named(parts[2].toLowerCase(Locale.ROOT))
                : FollowText.Mode.ASCII;
        if (mode == null || parts[0].equalsIgnoreCase("http") && mode != FollowText.Mode.ASCII) {
            throw ReplError.usage("usage: :follow " + args() + " (http: ascii only)");
        }
        String kind = parts[0].toLowerCase(Locale.ROOT);
        FollowedConversation.Protocol protocol = switch (kind) {
            case "tcp", "http" -> FollowedConversation.Protocol.TCP;
            case "udp" -> FollowedConversation.Protocol.UDP;
            default -> throw ReplError.usage("usage: :follow tcp|udp|http STREAM");
        };
        boolean http = kind.equals("http");
        long stream;
        try {
            stream = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            throw ReplError.usage("usage: :follow tcp|udp|http STREAM (a " + kind + ".stream number)");
        }
        LoadedCapture c = shell.workspace().require();
        AtomicBoolean stop = new AtomicBoolean();
        Optional<String> followed;
        List<String> notes = List.of();
        try (Console.Hook _ = shell.console().onInterrupt(() -> stop.set(true))) {
            shell.console().progress("following " + kind + " stream " + stream + " — Ctrl-C stops");
            if (http) {
                Optional<HttpFollower.Followed> messages = new HttpFollower().follow(c.openReader(), stream, stop::get);
                if (messages.isPresent() && messages.get().text() == null) {
                    throw ReplError.usage("tcp stream " + stream + " carries no HTTP message");
                }
                followed = messages.map(HttpFollower.Followed::text);
                notes = messages.map(HttpFollower.Followed::notes).orElse(List.of());
            } else {
                followed = new StreamFollower().follow(c.openReader(), protocol, stream, mode, stop::get);
            }
        } catch (FilterException | CaptureException | IOException e) {
            throw ReplError.of(e);
        } finally {
            shell.console().progress(null);
        }
        if (stop.get()) {
            throw new ReplError("stopped", 2);
        }
        if (followed.isEmpty()) {
            throw ReplError.usage("there is no " + (http ? "tcp" : kind) + " stream " + stream);
        }
        String text = followed.get();
        // the text ends with a line feed; each line is printed as one
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        for (String line : lines) {
            shell.console().print(shell.console().interactive() ? line.replace("\r", "") : line);
        }
        for (String note : notes) {
            shell.console().warn(note);
        }
    }
}

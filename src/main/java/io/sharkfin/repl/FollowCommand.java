package io.sharkfin.repl;

import io.sharkfin.capture.CaptureException;
import io.sharkfin.filter.FilterException;
import io.sharkfin.repl.view.StreamFollower;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code :follow tcp|udp|http STREAM}: a conversation's payload as text, like Wireshark's Follow
 * TCP Stream ({@code tshark -z follow,tcp,ascii,STREAM}). {@code http} follows the TCP stream
 * that carries the HTTP conversation and shows its bytes as sent (Wireshark's Follow HTTP Stream
 * would decode chunked and compressed bodies).
 */
final class FollowCommand implements Command {

    @Override
    public String name() {
        return "follow";
    }

    @Override
    public String args() {
        return "tcp|udp|http STREAM";
    }

    @Override
    public String summary() {
        return "a conversation's payload as text (tcp.stream / udp.stream number), like Follow TCP Stream";
    }

    @Override
    public Arg arg() {
        return Arg.FOLLOW;
    }

    @Override
    public void run(String args, Shell shell) throws ReplError {
        String[] parts = args.split("\\s+");
        if (parts.length != 2) {
            throw ReplError.usage("usage: :follow tcp|udp|http STREAM");
        }
        String kind = parts[0].toLowerCase(Locale.ROOT);
        StreamFollower.Protocol protocol = switch (kind) {
            case "tcp", "http" -> StreamFollower.Protocol.TCP;
            case "udp" -> StreamFollower.Protocol.UDP;
            default -> throw ReplError.usage("usage: :follow tcp|udp|http STREAM");
        };
        long stream;
        try {
            stream = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            throw ReplError.usage("usage: :follow tcp|udp|http STREAM (a " + kind + ".stream number)");
        }
        LoadedCapture c = shell.workspace().require();
        AtomicBoolean stop = new AtomicBoolean();
        Optional<String> followed;
        try (Console.Hook _ = shell.console().onInterrupt(() -> stop.set(true))) {
            shell.console().progress("following " + kind + " stream " + stream + " — Ctrl-C stops");
            followed = new StreamFollower().follow(c.openReader(), protocol, stream, kind, stop::get);
        } catch (FilterException | CaptureException | IOException e) {
            throw ReplError.of(e);
        } finally {
            shell.console().progress(null);
        }
        if (stop.get()) {
            throw new ReplError("stopped", 2);
        }
        if (followed.isEmpty()) {
            throw ReplError.usage("there is no " + kind + " stream " + stream);
        }
        String text = followed.get();
        // the text ends with a line feed; each line is printed as one
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        for (String line : lines) {
            shell.console().print(shell.console().interactive() ? line.replace("\r", "") : line);
        }
    }
}

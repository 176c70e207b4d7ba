package io.sharkfin.ioc.ssh;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Says what is odd about an SSH client on its own, from its HASSH and the identification lines
 * sent with it: the HASSH of an SSH library that attack tooling uses (the examples of the HASSH
 * project's README), or a programming library instead of an interactive client (Paramiko,
 * libssh and libssh2, JSch, AsyncSSH, Twisted, Renci.SshNet, Ruby Net::SSH, russh, Go's
 * x/crypto/ssh), on which password sprayers, worms and implants are built. The same lists as the
 * rules {@code ssh-hassh-attack-tool} and {@code ssh-client-scripting-library} of
 * {@code filters/ssh.yaml}.
 */
public final class SshClientClassifier {
    private SshClientClassifier() {
    }

    /** What a client is. */
    public enum Kind {
        /** Its HASSH is that of an attack tool's SSH library. */
        ATTACK_TOOL,
        /** It names a programming library. */
        SCRIPTING_LIBRARY
    }

    /** One thing odd about a client, with the reason in words. */
    public record Flag(Kind kind, String reason) {
    }

    /** github.com/salesforce/hassh README, "Example 1": fingerprints of clients tools use. */
    private static final Map<String, String> ATTACK_TOOL_HASSH = Map.of(
            "de30354b88bae4c2810426614e1b6976", "Renci.SshNet 0.0.1, which PowerShell Empire's modules use",
            "fafc45381bfde997b6305c4e1600f1bf", "Ruby Net::SSH 5.0.2, which Metasploit's modules use",
            "b5752e36ba6c5979a575e43178908adf", "Paramiko 2.4.1, which Metasploit's modules use");

    private static final Pattern LIBRARY = Pattern.compile(
            "^SSH-[0-9.]+-(?i:paramiko|libssh|jsch|asyncssh|twisted|renci|ruby|net::ssh|russh)|^SSH-[0-9.]+-Go$");

    /** The flags of a client that offered {@code hassh} with these identification lines. */
    public static List<Flag> classify(String hassh, List<String> lines) {
        List<Flag> out = new ArrayList<>();
        String tool = ATTACK_TOOL_HASSH.get(hassh);
        if (tool != null) {
            out.add(new Flag(Kind.ATTACK_TOOL, "its HASSH is that of " + tool));
        }
        for (String line : lines) {
            if (LIBRARY.matcher(line).find()) {
                out.add(new Flag(Kind.SCRIPTING_LIBRARY, "\"" + line + "\" names a programming library, not an interactive client"));
                break;
            }
        }
        return out;
    }
}

package io.sharkfin.capture;

import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapNativeException;

/**
 * The boundary to libpcap through pcap4j (JNA). Every call goes through {@link #call}, which turns
 * a missing libpcap into a {@link CaptureException} that says how to install it, and libpcap's
 * errors into exceptions worded like dumpcap's.
 */
final class NativePcap {
    /** libpcap's PCAP_ERROR_* codes that dumpcap words specially. */
    static final int NO_SUCH_DEVICE = -5;
    static final int RFMON_NOTSUP = -6;
    static final int PERM_DENIED = -8;
    static final int IFACE_NOT_UP = -9;
    static final int PROMISC_PERM_DENIED = -11;

    private static final String PERMISSION_HINT = "Please check to make sure you have sufficient permissions."
            + "\n\nCapturing needs root, or the capabilities CAP_NET_RAW and CAP_NET_ADMIN for the Java"
            + " runtime, for example: sudo setcap cap_net_raw,cap_net_admin=eip \"$(readlink -f \"$(command -v java)\")\"";

    private NativePcap() {
    }

    /** A piece of pcap4j work. */
    interface Work<T> {
        T run() throws PcapNativeException, NotOpenException;
    }

    /**
     * Runs {@code work}; a missing or unloadable libpcap becomes a {@link CaptureException}, and a
     * {@link PcapNativeException} is handed to {@code onError} for wording.
     */
    static <T> T call(Work<T> work, java.util.function.Function<PcapNativeException, CaptureException> onError)
            throws CaptureException {
        try {
            return work.run();
        } catch (PcapNativeException e) {
            throw onError.apply(e);
        } catch (NotOpenException e) {
            throw new CaptureException("The capture was closed while libpcap was still in use.", 0, e);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError e) {
            throw missingLibrary(e);
        }
    }

    static CaptureException missingLibrary(Throwable e) {
        String cause = rootMessage(e);
        if (!cause.contains("pcap")) {
            // JNA itself could not start (no writable temporary directory, a foreign architecture)
            return new CaptureException("Live capture and capture filters need the JNA native library,"
                    + " which could not start (" + cause + ").", 0, e);
        }
        return new CaptureException("Live capture and capture filters need libpcap, which could not be loaded ("
                + cause + ").\nInstall it, for example on Debian or Ubuntu: apt-get install libpcap0.8"
                + " (on Fedora: dnf install libpcap; on macOS it is part of the system).", 0, e);
    }

    /** dumpcap's words for a device that could not be opened ({@code open_status}, libpcap's text). */
    static CaptureException openFailure(String device, PcapNativeException e) {
        Integer code = e.getReturnCode();
        String detail = libpcapText(e);
        boolean permission = detail.contains("not permitted") || detail.contains("ermission denied")
                || detail.contains("must be root");
        int status = code != null ? code : permission ? PERM_DENIED : 0;
        String message = switch (status) {
            case NO_SUCH_DEVICE -> "There is no device named \"" + device + "\".\n(" + detail + ")";
            case RFMON_NOTSUP -> "Capturing in monitor mode is not supported on device \"" + device + "\".\n("
                    + detail + ")";
            case PERM_DENIED -> "You do not have permission to capture on device \"" + device + "\".\n(" + detail
                    + ")\n\n" + PERMISSION_HINT;
            case IFACE_NOT_UP -> "Device \"" + device + "\" is not up.\n(" + detail + ")";
            case PROMISC_PERM_DENIED -> "You do not have permission to capture in promiscuous mode on device \""
                    + device + "\".\n(" + detail + ")\n\n" + PERMISSION_HINT;
            default -> "The capture session could not be initiated on capture device \"" + device + "\".\n("
                    + detail + ")\n\n" + (permission ? PERMISSION_HINT
                    : "Please check that you have the proper interface or pipe specified.");
        };
        return new CaptureException(message, 0, e);
    }

    /** libpcap's own error text, without pcap4j's prefixes. */
    static String libpcapText(PcapNativeException e) {
        String m = String.valueOf(e.getMessage());
        for (String prefix : new String[]{"Error occurred in pcap_compile: ", "Error occurred in pcap_setfilter: "}) {
            if (m.startsWith(prefix)) {
                m = m.substring(prefix.length());
            }
        }
        return m.strip();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() != null ? t.getMessage() : t.toString();
        int newline = m.indexOf('\n');
        return newline > 0 ? m.substring(0, newline) : m;
    }
}

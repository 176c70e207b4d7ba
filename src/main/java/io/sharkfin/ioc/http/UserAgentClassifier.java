package io.sharkfin.ioc.http;

import io.sharkfin.ioc.report.HttpReport.Flag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what is odd about a User-Agent on its own: empty; an outdated browser (Internet Explorer
 * before 11, Chrome before {@value #OLD_CHROME}, Firefox before {@value #OLD_FIREFOX}, Windows XP
 * or older, a bare {@code Mozilla/4.0}); a scripting client or library (curl, Wget, Python, Go,
 * Java, PowerShell, ...); an attack tool (sqlmap, Nikto, Nmap, ...); a crawler identity. Rarity
 * depends on the capture and is judged by the HTTP collector.
 *
 * <p>The version bounds are fixed, not relative to today: Chrome 90 and Firefox 80 date from 2021
 * and 2020; a browser that old on a live network is itself a finding.
 */
public final class UserAgentClassifier {

    static final int OLD_CHROME = 90;
    static final int OLD_FIREFOX = 80;

    private static final Pattern MSIE = Pattern.compile("MSIE (\\d+)");
    private static final Pattern TRIDENT = Pattern.compile("Trident/(\\d+)");
    private static final Pattern CHROME = Pattern.compile("Chrome/(\\d+)");
    private static final Pattern FIREFOX = Pattern.compile("Firefox/(\\d+)");
    private static final Pattern OLD_WINDOWS = Pattern.compile("Windows NT (5\\.[0-2]|4\\.0)|Windows 9[58]");

    private static final String[][] SCRIPTING = {
        {"curl/", "curl"}, {"wget/", "Wget"}, {"python-requests", "Python requests"},
        {"python-urllib", "Python urllib"}, {"python-httpx", "Python httpx"}, {"aiohttp", "Python aiohttp"},
        {"go-http-client", "Go net/http"}, {"java/", "Java"}, {"apache-httpclient", "Apache HttpClient"},
        {"okhttp", "OkHttp"}, {"libwww-perl", "Perl LWP"}, {"lwp-", "Perl LWP"},
        {"windowspowershell", "PowerShell"}, {"powershell", "PowerShell"},
        {"microsoft bits", "BITS"}, {"certutil", "certutil"}, {"winhttp", "WinHTTP"},
        {"httpie", "HTTPie"}, {"node-fetch", "node-fetch"}, {"axios/", "axios"}, {"pycurl", "PycURL"},
        {"ruby", "Ruby"}, {"php/", "PHP"}, {"dalvik/", "Android Dalvik"}};
    private static final String[][] ATTACK_TOOLS = {
        {"sqlmap", "sqlmap (SQL injection tool)"}, {"nikto", "Nikto (web scanner)"},
        {"nmap", "Nmap scripting engine"}, {"masscan", "masscan"}, {"zgrab", "ZGrab scanner"},
        {"wpscan", "WPScan"}, {"gobuster", "gobuster"}, {"dirbuster", "DirBuster"},
        {"hydra", "THC Hydra"}, {"nuclei", "Nuclei scanner"}, {"acunetix", "Acunetix"},
        {"burp", "Burp Suite"}, {"metasploit", "Metasploit"}};
    private static final String[] CRAWLERS = {"googlebot", "bingbot", "baiduspider", "yandexbot",
        "duckduckbot", "slurp", "ahrefsbot", "semrushbot", "applebot"};

    /** The flags of one value (empty list: nothing odd on its own). */
    public List<Flag> classify(String ua) {
        List<Flag> flags = new ArrayList<>();
        if (ua.isBlank()) {
            flags.add(new Flag("empty", "empty User-Agent header: real browsers always send one"));
            return flags;
        }
        String lower = ua.toLowerCase(Locale.ROOT);
        for (String[] t : ATTACK_TOOLS) {
            if (lower.contains(t[0])) {
                flags.add(new Flag("attack-tool", "names an attack tool: " + t[1]));
                break;
            }
        }
        for (String[] s : SCRIPTING) {
            if (lower.contains(s[0])) {
                flags.add(new Flag("scripting-client", "a scripting client or library (" + s[1]
                        + "), not a browser"));
                break;
            }
        }
        for (String c : CRAWLERS) {
            if (lower.contains(c)) {
                flags.add(new Flag("crawler", "claims to be a search-engine crawler; real ones come from the engine's own networks"));
                break;
            }
        }
        String outdated = outdated(ua);
        if (outdated != null) {
            flags.add(new Flag("outdated-browser", outdated));
        }
        return flags;
    }

    private static String outdated(String ua) {
        Matcher m = MSIE.matcher(ua);
        if (m.find()) {
            int v = Integer.parseInt(m.group(1).length() > 3 ? "999" : m.group(1));
            if (v < 11) {
                return "Internet Explorer " + v + " (" + ieYear(v) + "), long unsupported: malware often hard-codes such strings";
            }
        }
        if (TRIDENT.matcher(ua).find() && !ua.contains("Edge")) {
            return "Internet Explorer 11 (Trident engine), unsupported since 2022";
        }
        m = CHROME.matcher(ua);
        if (m.find() && m.group(1).length() <= 4 && Integer.parseInt(m.group(1)) < OLD_CHROME) {
            return "Chrome " + m.group(1) + ", years out of date";
        }
        m = FIREFOX.matcher(ua);
        if (m.find() && m.group(1).length() <= 4 && Integer.parseInt(m.group(1)) < OLD_FIREFOX) {
            return "Firefox " + m.group(1) + ", years out of date";
        }
        if (OLD_WINDOWS.matcher(ua).find()) {
            return "claims Windows XP or older";
        }
        if (ua.startsWith("Mozilla/4.0") || ua.equals("Mozilla/5.0")) {
            return "a bare or ancient Mozilla token (" + ua + ") with no real browser behind it";
        }
        return null;
    }

    private static String ieYear(int v) {
        return switch (v) {
            case 1, 2, 3, 4 -> "1990s";
            case 5 -> "1999";
            case 6 -> "2001";
            case 7 -> "2006";
            case 8 -> "2009";
            case 9 -> "2011";
            case 10 -> "2012";
            default -> "old";
        };
    }
}

package io.sharkfin.ioc;

import io.sharkfin.ioc.report.Html;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The HTML report of lab-c2-a renders in headless Chromium (Debian package {@code chromium};
 * skipped when it is not installed): a screenshot is taken and looked at (it is not blank and
 * shows the beacon's red ticks), and the rendered DOM has the timeline, one tick per beacon
 * connection, and the interval histograms. The page needs nothing from outside: its content
 * security policy forbids every fetch and script.
 */
class HtmlReportChromiumTest {

    private static final Path OUT = Path.of("target/iocs-html");

    @Test
    void labReportRendersWithTimelineAndHistograms() throws Exception {
        String chromium = findChromium();
        assumeTrue(chromium != null, "chromium is not installed");
        Files.createDirectories(OUT);
        Path html = OUT.resolve("lab-c2-a.html").toAbsolutePath();
        String page = Html.render(IocTestSupport.report(IocTestSupport.LAB_C2));
        assertFalse(page.contains("<script"), "no scripts");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(page).find(), "nothing fetched from outside");
        Files.writeString(html, page, StandardCharsets.UTF_8);

        Path png = OUT.resolve("lab-c2-a.png").toAbsolutePath();
        Files.deleteIfExists(png);
        run(chromium, "--screenshot=" + png, "--window-size=1300,1800", html.toUri().toString());
        assertTrue(Files.size(png) > 10_000, "screenshot written");
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1300, img.getWidth());
        Set<Integer> colours = new HashSet<>();
        int red = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                int r = rgb >> 16;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r > 170 && g < 80 && b < 80) {
                    red++;
                }
            }
        }
        assertTrue(colours.size() > 20, "the page is not blank: " + colours.size() + " colours");
        assertTrue(red > 50, "beacon ticks and severity badges drawn in red: " + red);

        String dom = run(chromium, "--dump-dom", html.toUri().toString());
        assertTrue(dom.contains("id=\"timeline\""), "timeline element rendered");
        assertTrue(count(dom, "class=\"row beacon\"") == 1, "one beacon row in the timeline");
        Matcher beaconRow = Pattern.compile("<g class=\"row beacon\">(.*?)</g>", Pattern.DOTALL).matcher(dom);
        assertTrue(beaconRow.find());
        assertEquals(24, count(beaconRow.group(1), "class=\"event\""), "one tick per beacon connection");
        assertTrue(dom.contains("id=\"histogram-1\""), "histogram of the first candidate rendered");
        assertTrue(count(dom, "class=\"histogram\"") >= 1);
        assertTrue(count(dom, "class=\"bar\"") >= 3, "histogram bars rendered");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static String findChromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        return null;
    }

    private static String run(String chromium, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless=new", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--no-first-run", "--user-data-dir=" + OUT.resolve("profile").toAbsolutePath()));
        cmd.addAll(List.of(args));
        Path log = OUT.resolve("chromium.log");
        Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        assertEquals(0, p.exitValue(), "chromium exit status (see " + log + ")");
        return new String(out, StandardCharsets.UTF_8);
    }
}

package io.jenkins.plugins.skylark.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders the HTML report in headless Chromium under Jenkins' artefact Content-Security-Policy and
 * checks that the charts are drawn and the stylesheet applied. The screenshots stay in
 * {@code target/report-screenshots} for a person to look at.
 */
class HtmlReportInChromiumTest {

    /** The page background, set only by the stylesheet. */
    private static final int CSS_BACKGROUND = 0xf3f5f8;
    /** Chromium logs every violation as a console message naming the policy. */
    private static final String CSP_VIOLATION = "Content Security Policy";
    private static final Path SHOTS = Path.of("target", "report-screenshots");

    @TempDir
    Path work;

    @BeforeAll
    static void chromium() {
        HeadlessChromium.requireInstalled();
    }

    private List<ReportFile> report(Locale locale) {
        return new DeliveryReportService().render(ReportFixtures.history(), ReportFixtures.request("html", locale));
    }

    @Test
    void shouldDrawEveryChartBarUnderTheArtifactPolicy() throws Exception {
        List<ReportFile> files = report(Locale.ENGLISH);
        try (CspFileServer server = new CspFileServer(files)) {
            HeadlessChromium.Run run = new HeadlessChromium(work).dumpDom(server.url("delivery-report.html"));

            assertThat(count(run.stdout(), "<rect class=\"bar bar-succeeded\"")).isEqualTo(7);
            assertThat(count(run.stdout(), "<rect class=\"bar bar-failed\"")).isEqualTo(count(files.get(0).text(),
                    "class=\"bar bar-failed\"")).isPositive();
            assertThat(count(run.stdout(), "<rect class=\"bar bar-lead-time\"")).isPositive();
            assertThat(run.stderr()).doesNotContain(CSP_VIOLATION);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "zh-CN"})
    void shouldApplyTheSiblingStylesheetAndPaintTheBars(String language) throws Exception {
        try (CspFileServer server = new CspFileServer(report(Locale.forLanguageTag(language)))) {
            Files.createDirectories(SHOTS);
            Path png = SHOTS.resolve("delivery-report-" + language + ".png").toAbsolutePath();
            HeadlessChromium.Run run = new HeadlessChromium(work).screenshot(server.url("delivery-report.html"), png);

            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getRGB(2, 2) & 0xffffff).isEqualTo(CSS_BACKGROUND);
            assertThat(pixels(image, ReportCharts.SUCCEEDED_FILL)).isGreaterThan(500);
            assertThat(pixels(image, ReportCharts.FAILED_FILL)).isGreaterThan(50);
            assertThat(pixels(image, ReportCharts.LEAD_TIME_FILL)).isGreaterThan(500);
            assertThat(run.stderr()).doesNotContain(CSP_VIOLATION);
        }
    }

    @Test
    void shouldNoticeWhenThePolicyBlocksInlineStyle() throws Exception {
        String page = "<!DOCTYPE html><html><head><style>html{background:#f3f5f8}</style></head><body>x</body></html>";
        try (CspFileServer server = new CspFileServer(List.of(ReportFile.text("inline.html", page)))) {
            Path png = work.resolve("inline.png");
            HeadlessChromium.Run run = new HeadlessChromium(work).screenshot(server.url("inline.html"), png);

            assertThat(ImageIO.read(png.toFile()).getRGB(2, 2) & 0xffffff).isNotEqualTo(CSS_BACKGROUND);
            assertThat(run.stderr()).contains(CSP_VIOLATION);
        }
    }

    private static int count(String text, String fragment) {
        Matcher m = Pattern.compile(Pattern.quote(fragment)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static int pixels(BufferedImage image, String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xffffff) == rgb ? 1 : 0;
            }
        }
        return n;
    }
}

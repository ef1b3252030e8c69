package io.jenkins.plugins.skylark.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvReportWriterTest {

    private List<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }

    @Test
    void shouldQuoteNamesWithCommasQuotesAndNewlinesAndReadBackTheSameText() throws Exception {
        String csv = new DeliveryReportService().render(ReportFixtures.history(), ReportFixtures.request("csv", Locale.ENGLISH))
                .get(0).text();

        List<CSVRecord> rows = parse(csv);

        assertThat(csv).startsWith(String.join(",", CsvReportWriter.HEADER) + "\r\n");
        assertThat(csv).contains("\"<script>alert(\"\"x\"\")</script> & 'co'\"");
        assertThat(rows).extracting(r -> r.get("application")).containsExactly(ReportFixtures.HOSTILE, "shop", "*");
        assertThat(rows.get(2).get("deployments")).isEqualTo(String.valueOf(
                Integer.parseInt(rows.get(0).get("deployments")) + Integer.parseInt(rows.get(1).get("deployments"))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"=HYPERLINK(\"x\")|'=HYPERLINK(\"x\")", "+1|'+1", "-2|'-2", "@cmd|'@cmd",
        "shop|shop", "a=b|a=b"})
    void shouldDefuseSpreadsheetFormulas(String name, String cell) {
        assertThat(CsvReportWriter.safeText(name)).isEqualTo(cell);
    }
}

package io.jenkins.plugins.skylark.metrics.page;

import static io.jenkins.plugins.skylark.metrics.page.PageHistory.get;
import static io.jenkins.plugins.skylark.metrics.page.PageHistory.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.jenkins.plugins.skylark.metrics.report.JsonReportWriter;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The page's JSON API answers the JSON report's schema (version 1), its trend included. */
class PageSchemaTest {

    @RegisterExtension
    static final RecordedHistory HISTORY = new RecordedHistory();

    private static JsonSchema schema() throws Exception {
        try (InputStream in = JsonReportWriter.class.getResourceAsStream("report-schema-v1.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        }
    }

    private static JsonNode report(String... params) {
        MetricsAccess access = MetricsAccess.root(Viewers.administrator(), PageHistory.FOLDERS);
        return json(get(HISTORY.page().report(access), Locale.ENGLISH, params));
    }

    @Test
    void shouldAnswerTheSchemaOfTheJsonReport() throws Exception {
        JsonNode report = report("environment", "*", "period", PageHistory.PERIOD);

        assertThat(schema().validate(report)).isEmpty();
        assertThat(report.get("trend")).hasSize(8);
        assertThat(report.get("$schema").asText()).isEqualTo("https://jenkins.io/skylark/schemas/delivery-report/v1");
    }

    @Test
    void shouldAnswerTheSchemaWithoutAnyData() throws Exception {
        JsonNode report = report("application", "nothing-yet", "period", "last-4-weeks");

        assertThat(schema().validate(report)).isEmpty();
        assertThat(report.at("/total/deployments").asInt()).isZero();
    }

    @Test
    void shouldRejectATrendThatBreaksTheSchema() throws Exception {
        ObjectNode report = (ObjectNode) report("period", PageHistory.PERIOD);
        ((ObjectNode) report.get("trend").get(0)).put("week", "W40").remove("deployments");

        Set<ValidationMessage> errors = schema().validate(report);

        assertThat(errors).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("week")).anyMatch(m -> m.contains("deployments"));
    }
}

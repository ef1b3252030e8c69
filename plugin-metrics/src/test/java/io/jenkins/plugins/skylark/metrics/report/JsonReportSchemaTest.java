package io.jenkins.plugins.skylark.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.jenkins.plugins.skylark.metrics.dora.DeliveryHistory;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonReportSchemaTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private JsonSchema schema() throws Exception {
        try (InputStream in = JsonReportWriter.class.getResourceAsStream("report-schema-v1.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        }
    }

    private JsonNode render(DeliveryHistory history, String application) throws Exception {
        ReportRequest request = new ReportRequest("json", application, null, "2026-W40..2026-W47",
                ReportFixtures.ZONE, Locale.ENGLISH, ReportFixtures.NOW);
        return mapper.readTree(new DeliveryReportService().render(history, request).get(0).content());
    }

    @Test
    void shouldMatchTheVersionOneSchema() throws Exception {
        JsonNode report = render(ReportFixtures.history(), "*");

        assertThat(schema().validate(report)).isEmpty();
        assertThat(report.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(report.get("series")).hasSize(2);
        assertThat(report.at("/total/weeks")).hasSize(8);
        assertThat(report.at("/dataIssues").findValuesAsText("kind"))
                .contains("DUPLICATE_IGNORED", "NEGATIVE_INCIDENT_DURATION");
    }

    @Test
    void shouldMatchTheSchemaWithoutAnyData() throws Exception {
        JsonNode report = render(new DeliveryHistory(List.of(), List.of()), "nothing-yet");

        assertThat(schema().validate(report)).isEmpty();
        assertThat(report.at("/total/changeFailRate").isNull()).isTrue();
        assertThat(report.at("/total/levels/leadTime").asText()).isEqualTo("NO_DATA");
    }

    @Test
    void shouldRejectAReportThatBreaksTheSchema() throws Exception {
        ObjectNode report = (ObjectNode) render(ReportFixtures.history(), "*");
        ((ObjectNode) report.get("total")).put("changeFailRate", 1.5);
        report.remove("period");

        Set<ValidationMessage> errors = schema().validate(report);

        assertThat(errors).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("period")).anyMatch(m -> m.contains("changeFailRate"));
    }
}

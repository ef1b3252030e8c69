package io.jenkins.plugins.skylark.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.pipeline.BuildResult;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
import io.jenkins.plugins.skylark.harness.registry.RequiresRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's one-line pipeline runs, with the real steps, the same stages as the template. */
@RequiresRegistry
class PlatformPipelineTest {
    private static final Pattern STAGE = Pattern.compile("^\\[Pipeline\\] \\{ \\((.+)\\)$", Pattern.MULTILINE);
    private static final String LIBRARY_JENKINSFILE = """
            @Library('skylark') _
            platformPipeline(project: 'shop', application: 'orders', environments: ['dev', 'staging'],
                             build: [args: '-q clean package'], scan: true, reportPeriod: 'last-30-days')
            """;

    @TempDir
    Path output;

    @Test
    void shouldRunTheTemplatesStagesWithTheRealSteps() throws Exception {
        try (DeliveryScenario scenario = DeliveryScenario.start(output, false, Instant.now().minus(Duration.ofDays(1)))) {
            PipelineRun template = scenario.deliver();
            PipelineRun library = scenario.build(LIBRARY_JENKINSFILE);

            assertThat(template.result()).as(template.log()).isEqualTo(BuildResult.SUCCESS);
            assertThat(library.result()).as(library.log()).isEqualTo(BuildResult.SUCCESS);
            assertThat(stages(library)).isEqualTo(stages(template)).containsExactly("Checkout", "Build", "Code scan", "Image",
                    "Deploy to dev", "Approval", "Deploy to staging", "Delivery report");
            assertThat(library.artifacts().resolve("delivery-report.html")).content().contains("<svg");
        }
    }

    private static List<String> stages(PipelineRun run) {
        Matcher matcher = STAGE.matcher(run.log());
        return matcher.results().map(result -> result.group(1)).toList();
    }
}

package io.jenkins.plugins.skylark.harness.prometheus;

import io.jenkins.plugins.skylark.harness.MissingTool;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The JUnit 5 condition behind {@link RequiresPrometheus}. */
public final class PrometheusInstalledCondition implements ExecutionCondition {

    private final Function<String, String> environment;

    public PrometheusInstalledCondition() {
        this(System::getenv);
    }

    PrometheusInstalledCondition(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return evaluate(context.getDisplayName());
    }

    ConditionEvaluationResult evaluate(String testName) {
        if (PrometheusServer.isInstalled()) {
            return ConditionEvaluationResult.enabled("prometheus found at " + PrometheusServer.binary());
        }
        if (MissingTool.onCi(environment)) {
            // Run anyway: PrometheusServer.start() then fails with a message that names the missing binary.
            return ConditionEvaluationResult.enabled("CI=true: tests needing prometheus must not be skipped");
        }
        String reason = "skipped " + testName + ": prometheus not found at " + PrometheusServer.binary()
                + " (" + PrometheusServer.INSTALL_HINT + ")";
        System.out.println(reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}

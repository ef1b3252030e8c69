package io.jenkins.plugins.skylark.harness.registry;

import io.jenkins.plugins.skylark.harness.MissingTool;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The JUnit 5 condition behind {@link RequiresRegistry}. */
public final class RegistryInstalledCondition implements ExecutionCondition {

    private final Function<String, String> environment;

    public RegistryInstalledCondition() {
        this(System::getenv);
    }

    RegistryInstalledCondition(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return evaluate(context.getDisplayName());
    }

    ConditionEvaluationResult evaluate(String testName) {
        if (LocalRegistry.isInstalled()) {
            return ConditionEvaluationResult.enabled("docker-registry found at " + LocalRegistry.binary());
        }
        if (MissingTool.onCi(environment)) {
            // Run anyway: LocalRegistry.start() then fails with a message that names the missing binary.
            return ConditionEvaluationResult.enabled("CI=true: tests needing docker-registry must not be skipped");
        }
        String reason = "skipped " + testName + ": docker-registry not found at "
                + LocalRegistry.binary() + " (apt-get install -y docker-registry)";
        System.out.println(reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}

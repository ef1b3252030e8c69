package io.jenkins.plugins.skylark.jira.jenkins;

import java.util.ArrayList;
import java.util.List;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/** Finds the keys (reading the repository on the agent) and returns them as a list. */
final class JiraKeysExecution extends JiraExecution<List<String>> {
    private static final long serialVersionUID = 1L;

    private final ShippedScope scope;

    JiraKeysExecution(StepContext context, ShippedScope scope) {
        super(context, JiraKeysStep.FUNCTION_NAME);
        this.scope = scope;
    }

    @Override
    protected List<String> run() throws Exception {
        JiraConnection jira = connect();
        List<String> keys = shipped(jira, scope);
        log().println(Messages.get("JiraKeys.found", keys.size(), String.join(", ", keys)));
        return new ArrayList<>(keys);
    }
}

package io.jenkins.plugins.skylark.jira.jenkins;

import hudson.AbortException;
import io.jenkins.plugins.skylark.jira.JiraClient;
import io.jenkins.plugins.skylark.jira.JiraException;
import io.jenkins.plugins.skylark.jira.JiraKeys;
import io.jenkins.plugins.skylark.jira.JiraTransition;
import io.jenkins.plugins.skylark.jira.JiraVersion;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Comments on, transitions or sets the fix version of each issue. Every issue is tried; the step fails
 * afterwards when one failed, naming each failed issue with JIRA's reason. Returns the keys done.
 */
final class IssuesExecution extends JiraExecution<List<String>> {
    private static final long serialVersionUID = 1L;

    private final IssueOperation operation;
    private final String argument;
    private final ArrayList<String> keys;
    private final ShippedScope scope;

    IssuesExecution(StepContext context, IssueOperation operation, String argument, List<String> keys,
            ShippedScope scope) {
        super(context, operation.functionName());
        this.operation = operation;
        this.argument = argument;
        this.keys = keys == null ? null : new ArrayList<>(keys);
        this.scope = scope;
    }

    @Override
    protected List<String> run() throws Exception {
        if (argument == null || argument.isBlank()) {
            throw new AbortException(Messages.get("IssueStep.required", operation.functionName(),
                    operation.argumentField()));
        }
        JiraConnection jira = connect();
        List<String> issues = keys != null ? jira.own(keys, "keys") : shipped(jira, scope);
        PrintStream log = log();
        if (issues.isEmpty()) {
            log.println(Messages.get("IssueStep.noIssues", operation.functionName()));
            return new ArrayList<>();
        }
        List<String> done = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        Set<String> versionsReady = new HashSet<>();
        for (String key : issues) {
            try {
                log.println(apply(jira.client(), key, versionsReady, log));
                done.add(key);
            } catch (JiraException e) {
                log.println(e.getMessage());
                failures.put(key, e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new AbortException(Messages.get("IssueStep.failed", operation.functionName(), failures.size(),
                    issues.size(), String.join(", ", failures.keySet())));
        }
        return done;
    }

    private String apply(JiraClient client, String key, Set<String> versionsReady, PrintStream log)
            throws JiraException, InterruptedException {
        switch (operation) {
            case COMMENT -> {
                client.comment(key, argument);
                return Messages.get("IssueStep.commented", key);
            }
            case TRANSITION -> {
                JiraTransition transition = client.transitionByName(key, argument);
                return Messages.get("IssueStep.transitioned", key, transition.name());
            }
            default -> {
                String project = JiraKeys.projectOf(key);
                if (versionsReady.add(project) && client.version(project, argument).isEmpty()) {
                    JiraVersion created = client.createVersion(project, argument);
                    log.println(Messages.get("IssueStep.versionCreated", created.name(), project));
                }
                client.setFixVersion(key, argument);
                return Messages.get("IssueStep.fixVersionSet", key, argument);
            }
        }
    }
}

package io.jenkins.plugins.skylark.jira.jenkins;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.delivery.jenkins.DeliveryEventListener;
import io.jenkins.plugins.skylark.jira.JiraClient;
import io.jenkins.plugins.skylark.jira.JiraException;
import io.jenkins.plugins.skylark.platform.Environment;
import io.jenkins.plugins.skylark.platform.IssueUpdates;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * Automatic JIRA updates: on a deploy to an environment whose {@link IssueUpdates} ask for it, comments
 * on (environment, application, version, build link) and/or transitions the issues the deploy ships
 * (as {@code jiraKeys(environment:, application:)} finds them), with no Jenkinsfile line. Everything
 * that goes wrong is written to the build log and never fails the deploy. Each update is recorded on the
 * build ({@link JiraUpdatesAction}), so the same deploy event handled again updates nothing twice.
 *
 * <p>Ordered before the default listeners: the metrics plugin's recorder stores the deployment, after
 * which {@code PreviousDeployments} would answer with this very deployment and the range would be empty.
 */
@Extension(ordinal = 100)
public final class JiraDeployUpdates extends DeliveryEventListener {
    /**
     * At most this many issues are updated per deploy: the updates run in the deploy step's thread, and
     * every JIRA call may take up to its timeout.
     */
    static final int MAX_ISSUES = 50;

    @Override
    public void onEvent(DeliveryEvent event, Run<?, ?> run, FilePath workspace, TaskListener listener)
            throws InterruptedException {
        if (event.type() != DeliveryEventType.DEPLOYED || event.project() == null || event.environment() == null) {
            return;
        }
        PrintStream log = listener.getLogger();
        try {
            PlatformModel model = SkylarkConfiguration.get().getModel();
            IssueUpdates updates = model.environment(event.project(), event.environment())
                    .map(Environment::issueUpdates).orElse(IssueUpdates.NONE);
            if (!updates.any()) {
                return;
            }
            JiraConnection jira = JiraConnection.open(model, event.project(), run);
            EnvVars environment = run.getEnvironment(listener);
            List<String> keys = ShippedKeys.find(jira, model, new ShippedScope(event.environment(),
                    event.application()), environment, workspace, event.commitId(), log);
            log.println(Messages.get("JiraDeployUpdates.issues", event.application(), event.environment(),
                    keys.isEmpty() ? "-" : String.join(", ", keys)));
            if (keys.size() > MAX_ISSUES) {
                log.println(Messages.get("JiraDeployUpdates.tooMany", keys.size(), MAX_ISSUES,
                        String.join(", ", keys.subList(MAX_ISSUES, keys.size()))));
                keys = keys.subList(0, MAX_ISSUES);
            }
            JiraUpdatesAction record = JiraUpdatesAction.of(run);
            for (String key : keys) {
                update(jira.client(), updates, event, key, record, log);
            }
            run.save();
        } catch (IOException | RuntimeException e) { // never the deploy's failure
            log.println(Messages.get("JiraDeployUpdates.failed", event.application(), event.environment(),
                    e.getMessage()));
        }
    }

    private static void update(JiraClient client, IssueUpdates updates, DeliveryEvent event, String key,
            JiraUpdatesAction record, PrintStream log) throws InterruptedException {
        String eventKey = event.idempotencyKey();
        if (updates.comment() && !record.done(eventKey, key, JiraUpdate.COMMENT)) {
            try {
                client.comment(key, comment(event));
                record.add(new JiraUpdate(eventKey, event.environment(), key, JiraUpdate.COMMENT));
                log.println(Messages.get("IssueStep.commented", key));
            } catch (JiraException e) {
                log.println(e.getMessage());
            }
        }
        String transition = updates.transition();
        if (transition != null && !transition.isBlank()
                && !record.done(eventKey, key, JiraUpdate.transition(transition))) {
            try {
                String name = client.transitionByName(key, transition).name();
                record.add(new JiraUpdate(eventKey, event.environment(), key, JiraUpdate.transition(transition)));
                log.println(Messages.get("IssueStep.transitioned", key, name));
            } catch (JiraException e) {
                log.println(e.getMessage());
            }
        }
    }

    /** The comment: what was deployed where, and the build (a link in JIRA). */
    static String comment(DeliveryEvent event) {
        String deployed = Messages.get("JiraDeployUpdates.comment", event.application(), event.environment(),
                event.project(), event.version() == null ? "-" : event.version());
        return event.buildUrl() == null ? deployed
                : deployed + "\n" + Messages.get("JiraDeployUpdates.commentBuild", event.buildUrl());
    }
}

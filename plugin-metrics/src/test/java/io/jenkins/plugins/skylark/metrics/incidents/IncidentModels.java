package io.jenkins.plugins.skylark.metrics.incidents;

import io.jenkins.plugins.skylark.platform.Application;
import io.jenkins.plugins.skylark.platform.Environment;
import io.jenkins.plugins.skylark.platform.JiraFlavor;
import io.jenkins.plugins.skylark.platform.JiraServer;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.Project;
import io.jenkins.plugins.skylark.platform.ProjectServers;
import java.util.ArrayList;
import java.util.List;

/** Platform models for the incident import tests: project "shop" on JIRA server "jira". */
final class IncidentModels {

    static final String JQL = "project = OPS AND issuetype = Incident";

    private IncidentModels() {
    }

    static PlatformModel shop(String jiraUrl, String jql, String... applications) {
        List<Application> apps = new ArrayList<>();
        for (String id : applications) {
            apps.add(new Application(id, "shop", List.of(), null, null));
        }
        Project shop = new Project("shop", "Shop", null, List.of(), null, null,
                new ProjectServers(null, null, "jira", null, List.of("SHOP"), jql, null));
        Project quiet = new Project("quiet", "Quiet", null, List.of(), null, null);
        return new PlatformModel(List.of(), List.of(), List.of(shop, quiet),
                List.of(environment("production", 30), environment("dev", 10), environment("staging", 20)), apps,
                null, null, null, null, List.of(new JiraServer("jira", jiraUrl, JiraFlavor.DATA_CENTER, "jira-token")));
    }

    private static Environment environment(String id, int order) {
        return new Environment(id, "shop", "k8s", "shop-" + id, order, false, List.of(), null);
    }
}

package io.jenkins.plugins.skylark.deploy.expose;

import java.io.Serializable;
import java.util.List;

/**
 * What an expose or unexpose leaves for the Jenkinsfile: the URL and load-balancer address (expose), the
 * objects applied or removed ({@code Kind/name}) and, for an unexpose, the labelled objects it left
 * because another tool created them.
 */
public record ExposeOutcome(String url, String address, List<String> objects, List<String> kept) implements Serializable {
    private static final long serialVersionUID = 1L;

    public ExposeOutcome {
        objects = List.copyOf(objects);
        kept = List.copyOf(kept);
    }
}

package io.jenkins.plugins.skylark.build;

import java.io.Serializable;
import java.util.List;

/** What a build left in its workspace: the tests of the reports it wrote, and its artefacts. */
public record BuildFiles(TestSummary tests, List<Artifact> artifacts) implements Serializable {
    private static final long serialVersionUID = 1L;

    public BuildFiles {
        artifacts = List.copyOf(artifacts);
    }
}

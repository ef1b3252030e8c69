package io.jenkins.plugins.skylark.harbor;

import java.util.List;

/**
 * What Harbor says about one artifact.
 *
 * @param digest the artifact's digest
 * @param overview its vulnerability scan
 * @param labels the names of the labels attached to it
 * @param tags its tags
 */
public record HarborArtifact(String digest, ScanOverview overview, List<String> labels, List<String> tags) {
    public HarborArtifact {
        labels = List.copyOf(labels);
        tags = List.copyOf(tags);
    }
}

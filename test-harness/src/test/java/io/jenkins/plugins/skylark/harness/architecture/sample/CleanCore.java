package io.jenkins.plugins.skylark.harness.architecture.sample;

/** A core class that keeps the rule. */
public record CleanCore(String name) {
}

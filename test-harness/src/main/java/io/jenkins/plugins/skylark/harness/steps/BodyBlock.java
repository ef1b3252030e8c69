package io.jenkins.plugins.skylark.harness.steps;

import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * The block of a block step ({@code withPlatform(...) { … }}) or a parallel branch, written as a
 * Java lambda. It receives the body's context, which serves what the enclosing steps added, and may
 * run further steps inside it with {@link StepRunner#run(org.jenkinsci.plugins.workflow.steps.Step, StepContext)}.
 */
@FunctionalInterface
public interface BodyBlock {
    Object run(StepContext body) throws Exception;
}

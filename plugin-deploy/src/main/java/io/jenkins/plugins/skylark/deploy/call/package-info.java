/**
 * What the Jenkins steps hand to the engine: {@link io.jenkins.plugins.skylark.deploy.call.EngineCall}, a
 * serialisable description of one engine call that runs where the workspace is, and
 * {@link io.jenkins.plugins.skylark.deploy.call.StepInputs}, which turns step arguments, the resolved
 * platform context and the platform model into the engine's request types (checking them on the way).
 * Plain Java, tested without Jenkins.
 */
package io.jenkins.plugins.skylark.deploy.call;

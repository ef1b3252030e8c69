/**
 * Runs Jenkinsfiles in tests: the declarative subset the templates and the shared library use
 * (pipeline, agent, options, parameters, environment, stages, stage, steps, script, when, input,
 * parallel, post) and scripted pipelines, interpreted with the Groovy 2.4 that Jenkins ships.
 *
 * <p>It is not CPS: closures run directly. Steps resolve as in Jenkins, in this order: a method the
 * script defines, a shared-library global variable ({@code vars/NAME.groovy}), a registered step.
 * An unknown name fails the build with Jenkins' own "No such DSL method" wording.
 */
package io.jenkins.plugins.skylark.harness.pipeline;

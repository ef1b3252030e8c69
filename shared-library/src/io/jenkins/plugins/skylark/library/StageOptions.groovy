package io.jenkins.plugins.skylark.library

import com.cloudbees.groovy.cps.NonCPS

/**
 * Reads platformPipeline's optional-stage settings ({@code build}, {@code scan}, {@code imageScan}, {@code jira}),
 * each {@code false}/absent (stage off), {@code true} (on, defaults from the platform model) or a map of the
 * step's own arguments. Unknown arguments are refused by name, so a misspelt one is never silently dropped.
 */
class StageOptions implements Serializable {
    private static final long serialVersionUID = 1L

    /** platformBuild's arguments. */
    static final List<String> BUILD = ['tool', 'args', 'jdk', 'artifacts', 'testReports']
    /** platformScan's arguments. */
    static final List<String> SCAN = ['projectKey', 'sources', 'version', 'branch', 'pullRequest', 'pullRequestBranch',
                                      'pullRequestBase', 'webhookTimeout', 'timeout', 'unstableOnGateFailure']
    /** platformImageScan's arguments but {@code image}, which is the pipeline's own image. */
    static final List<String> IMAGE_SCAN = ['severity', 'maxCount', 'unstable', 'timeout']
    /** What a deploy does to the JIRA issues it ships. */
    static final List<String> JIRA = ['comment', 'transition']

    /**
     * The step's arguments with {@code application} first, or null when the setting is off.
     *
     * @param value the setting as given: null, a boolean or a map
     * @param known the arguments the map may hold
     */
    @NonCPS
    static Map arguments(String setting, Object value, List<String> known, String application) {
        if (value == null || value == false) {
            return null
        }
        Map arguments = [application: application]
        if (value == true) {
            return arguments
        }
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("platformPipeline: setting '${setting}' must be true, false or a map of ${known}; got '${value}'")
        }
        List<String> unknown = ((Map) value).keySet().collect { it.toString() }.findAll { !known.contains(it) }.sort()
        if (unknown) {
            throw new IllegalArgumentException("platformPipeline: setting '${setting}' has unknown key(s) ${unknown}; known keys are ${known}")
        }
        arguments.putAll((Map) value)
        return arguments
    }

    /** {@code jira}: null when off; otherwise [comment: boolean, transition: name or ''], at least one of them set. */
    @NonCPS
    static Map jira(Object value) {
        Map given = arguments('jira', value, JIRA, '')
        if (given == null) {
            return null
        }
        boolean comment = given.comment == null ? true : given.comment as boolean
        String transition = (given.transition ?: '').toString().trim()
        if (!comment && !transition) {
            throw new IllegalArgumentException("platformPipeline: setting 'jira' asks for neither a comment nor a transition")
        }
        return [comment: comment, transition: transition]
    }
}

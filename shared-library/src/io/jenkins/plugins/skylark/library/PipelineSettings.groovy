package io.jenkins.plugins.skylark.library

import com.cloudbees.groovy.cps.NonCPS

/**
 * Checks and completes the map given to platformPipeline. Plain data in, plain data out (a LinkedHashMap
 * of strings, booleans and lists), so the result is serialisable across a controller restart.
 */
class PipelineSettings implements Serializable {
    private static final long serialVersionUID = 1L

    static final Map<String, String> BUILD_COMMANDS = [
            maven : 'mvn -B -ntp package',
            gradle: './gradlew --no-daemon build',
            npm   : 'npm ci && npm run build --if-present',
            go    : 'go build ./...',
            none  : '',
    ]

    static final Map<String, String> TEST_RESULTS = [
            maven : '**/target/surefire-reports/*.xml',
            gradle: '**/build/test-results/**/*.xml',
    ]

    static final List<String> KEYS = ['project', 'application', 'build', 'buildCommand', 'environments',
                                      'manifests', 'approval', 'image', 'agent', 'reportEnvironment',
                                      'reportPeriod']

    @NonCPS
    static Map from(Map config) {
        List<String> unknown = config.keySet().collect { it.toString() }.findAll { !KEYS.contains(it) }.sort()
        if (unknown) {
            throw new IllegalArgumentException("platformPipeline: unknown setting(s) ${unknown}; known settings are ${KEYS}")
        }
        String project = required(config, 'project')
        String application = required(config, 'application')
        List environments = (config.environments ?: []).collect { it.toString() }
        if (environments.isEmpty()) {
            throw new IllegalArgumentException('platformPipeline: setting \'environments\' must name at least one environment')
        }
        String build = (config.build ?: 'maven').toString()
        if (!BUILD_COMMANDS.containsKey(build) && !config.buildCommand) {
            throw new IllegalArgumentException("platformPipeline: setting 'build' is '${build}'; use one of ${BUILD_COMMANDS.keySet()} or give 'buildCommand'")
        }
        Map image = [application: application]
        image.putAll((Map) (config.image ?: [:]))
        return [
                project          : project,
                application      : application,
                agent            : (config.agent ?: '').toString(),
                buildCommand     : (config.buildCommand ?: BUILD_COMMANDS[build]).toString(),
                testResults      : TEST_RESULTS[build] ?: '',
                environments     : environments,
                manifests        : (config.manifests ?: 'k8s/').toString(),
                approval         : config.approval == null ? true : config.approval as boolean,
                image            : image,
                reportEnvironment: (config.reportEnvironment ?: environments[-1]).toString(),
                reportPeriod     : (config.reportPeriod ?: 'last-4-weeks').toString(),
        ]
    }

    @NonCPS
    private static String required(Map config, String key) {
        Object value = config[key]
        if (value == null || value.toString().trim().isEmpty()) {
            throw new IllegalArgumentException("platformPipeline: setting '${key}' is required")
        }
        return value.toString()
    }
}

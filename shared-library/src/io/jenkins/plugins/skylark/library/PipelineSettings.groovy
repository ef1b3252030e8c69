package io.jenkins.plugins.skylark.library

import com.cloudbees.groovy.cps.NonCPS

/**
 * Checks and completes the map given to platformPipeline. Plain data in, plain data out (a LinkedHashMap
 * of strings, booleans and lists), so the result is serialisable across a controller restart.
 */
class PipelineSettings implements Serializable {
    private static final long serialVersionUID = 1L

    /** The build tools platformBuild knows; {@code build: 'none'} (or false) leaves the build out. */
    static final List<String> BUILD_TOOLS = ['maven', 'gradle', 'npm', 'go']

    /** Where each tool's JUnit XML reports are (platformBuild's defaults too); go writes none. */
    static final Map<String, String> TEST_RESULTS = [
            maven : '**/target/surefire-reports/*.xml, **/target/failsafe-reports/*.xml',
            gradle: '**/build/test-results/**/*.xml',
            npm   : '**/junit*.xml, **/test-results/**/*.xml, **/test-reports/**/*.xml',
    ]

    static final List<String> KEYS = ['project', 'application', 'build', 'buildCommand', 'scan', 'environments',
                                      'manifests', 'approval', 'image', 'imageScan', 'jira', 'junit', 'agent',
                                      'reportEnvironment', 'reportPeriod']

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
        Map build = build(config, application)
        Object tool = config.build instanceof Map ? config.build.tool : config.build
        Map image = [application: application]
        image.putAll((Map) (config.image ?: [:]))
        return [
                project          : project,
                application      : application,
                agent            : (config.agent ?: '').toString(),
                build            : config.buildCommand ? null : build,
                buildCommand     : (config.buildCommand ?: '').toString(),
                testResults      : config.buildCommand ? (TEST_RESULTS[tool?.toString()] ?: '') : '',
                junit            : config.junit == null ? null : config.junit as boolean,
                scan             : StageOptions.arguments('scan', config.scan, StageOptions.SCAN, application),
                environments     : environments,
                manifests        : (config.manifests ?: 'k8s/').toString(),
                approval         : config.approval == null ? true : config.approval as boolean,
                image            : image,
                imageScan        : StageOptions.arguments('imageScan', config.imageScan, StageOptions.IMAGE_SCAN, application),
                jira             : StageOptions.jira(config.jira),
                reportEnvironment: (config.reportEnvironment ?: environments[-1]).toString(),
                reportPeriod     : (config.reportPeriod ?: 'last-4-weeks').toString(),
        ]
    }

    /**
     * platformBuild's arguments, or null for no build: {@code build} absent or {@code true} = the application's
     * build settings in the platform model; a tool name; a map of platformBuild's arguments; {@code 'none'}/false.
     */
    /**
     * The JUnit reports platformPipeline hands the junit step after platformBuild (which counts the tests itself,
     * but Jenkins' test trend and pages are the junit plugin's): none with {@code junit: false}, and by default
     * none unless the junit plugin is installed; the build's {@code testReports}, else the tool's usual place.
     *
     * @param tool the tool platformBuild ran ({@code tool} of its result)
     */
    @NonCPS
    static String junitReports(Map settings, Object tool) {
        boolean wanted = settings.junit == null
                ? org.jenkinsci.plugins.workflow.steps.StepDescriptor.byFunctionName('junit') != null
                : settings.junit as boolean
        if (!wanted || !settings.build) {
            return ''
        }
        return (settings.build.testReports ?: TEST_RESULTS[tool?.toString()] ?: '').toString()
    }

    @NonCPS
    private static Map build(Map config, String application) {
        Object build = config.build
        if (build == 'none') {
            return null
        }
        if (build instanceof CharSequence) {
            if (!BUILD_TOOLS.contains(build.toString())) {
                if (config.buildCommand) {
                    return null // a shell build; the name only chooses where its test reports are
                }
                throw new IllegalArgumentException("platformPipeline: setting 'build' is '${build}'; use one of ${BUILD_TOOLS + ['none']}, a map of platformBuild's arguments, or give 'buildCommand'")
            }
            return [application: application, tool: build.toString()]
        }
        return StageOptions.arguments('build', build == null ? true : build, StageOptions.BUILD, application)
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

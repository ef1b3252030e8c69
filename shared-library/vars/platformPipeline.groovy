// A whole standard delivery pipeline from a short map:
//   platformPipeline(project: 'shop', application: 'orders', build: 'maven', environments: ['dev', 'staging'],
//                    scan: true, imageScan: [severity: 'high', maxCount: 0])
// Stages, as the "Java service (Maven) to Kubernetes" template's: Checkout, Build (platformBuild), Code scan (platformScan,
// when `scan` is set), Image, Image scan (platformImageScan, when `imageScan` is set), "Deploy to <environment>"
// for each environment (with an "Approval" stage, platformApprove, before every environment after the first when
// `approval` is true, and jiraComment/jiraTransition after the deploy when `jira` is set), then "Delivery report".
// All work is done by Skylark's plugin steps; this file only orders them (CPS-safe: plain loops, state in
// serialisable maps and strings).

def call(Map config = [:]) {
    Map settings = io.jenkins.plugins.skylark.library.PipelineSettings.from(config)
    List environments = settings.environments
    node(settings.agent) {
        stage('Checkout') {
            checkout scm
        }
        stage('Build') {
            buildStage(settings)
        }
        if (settings.scan) {
            stage('Code scan') {
                // SonarQube server, token and project key from the platform model; waits for the quality gate.
                withPlatform(project: settings.project) {
                    platformScan(settings.scan)
                }
            }
        }
        String image = ''
        stage('Image') {
            withPlatform(project: settings.project, environment: environments[0]) {
                image = platformImage(settings.image)
            }
        }
        if (settings.imageScan) {
            stage('Image scan') {
                withPlatform(project: settings.project, environment: environments[0]) {
                    Map arguments = new LinkedHashMap(settings.imageScan)
                    arguments.image = image
                    platformImageScan(arguments)
                }
            }
        }
        for (int i = 0; i < environments.size(); i++) {
            String environment = environments[i]
            if (i > 0 && settings.approval) {
                stage('Approval') {
                    // The environment's approvers from the platform model (it must be protected).
                    withPlatform(project: settings.project, environment: environment) {
                        platformApprove(environment: environment, application: settings.application,
                                message: "Deploy ${settings.application} to ${environment}?")
                    }
                }
            }
            stage("Deploy to ${environment}") {
                withPlatform(project: settings.project, environment: environment) {
                    // Asked before the deploy: once it is recorded, it is the environment's previous deployment.
                    List keys = settings.jira ? jiraKeys(application: settings.application, environment: environment) : []
                    platformDeploy(application: settings.application, manifests: settings.manifests, image: image)
                    if (settings.jira) {
                        updateIssues(settings, environment, image, keys)
                    }
                }
            }
        }
        stage('Delivery report') {
            withPlatform(project: settings.project, environment: settings.reportEnvironment) {
                deliveryReport(format: 'html', application: settings.application,
                        environment: settings.reportEnvironment, period: settings.reportPeriod)
            }
            archiveArtifacts artifacts: 'delivery-report.html, delivery-report.css', allowEmptyArchive: false
        }
    }
}

/**
 * platformBuild (it counts the tests itself; junit too when the plugin is installed, for Jenkins' test pages), or the
 * team's own shell command and its JUnit reports.
 */
private void buildStage(Map settings) {
    if (settings.build) {
        Map result
        withPlatform(project: settings.project) {
            result = platformBuild(settings.build)
        }
        String reports = io.jenkins.plugins.skylark.library.PipelineSettings.junitReports(settings, result?.tool)
        if (reports) {
            junit testResults: reports, allowEmptyResults: true
        }
    } else if (settings.buildCommand) {
        sh settings.buildCommand
        if (settings.testResults) {
            junit testResults: settings.testResults, allowEmptyResults: true
        }
    } else {
        echo 'No build step (build: none)'
    }
}

/** Comments on and/or transitions the JIRA issues named in the commits this deploy shipped to the environment. */
private void updateIssues(Map settings, String environment, String image, List keys) {
    if (!keys) {
        echo "No JIRA issue key in the commits shipped to ${environment}"
        return
    }
    if (settings.jira.comment) {
        jiraComment(keys: keys, text: "Deployed ${image} to ${environment} by ${env.JOB_NAME} #${env.BUILD_NUMBER}")
    }
    if (settings.jira.transition) {
        jiraTransition(keys: keys, transition: settings.jira.transition)
    }
}

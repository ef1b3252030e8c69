// A whole standard delivery pipeline from a short map:
//   platformPipeline(project: 'shop', application: 'orders', build: 'maven', environments: ['dev', 'staging'])
// Stages, as the "Java service to Kubernetes" template's: Checkout, Build, Image, "Deploy to <environment>"
// for each environment (with an "Approval" stage, platformApprove, before every environment after the
// first when `approval` is true), then "Delivery report".
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
            if (settings.buildCommand) {
                sh settings.buildCommand
            } else {
                echo 'No build step (build: none)'
            }
            if (settings.testResults) {
                junit testResults: settings.testResults, allowEmptyResults: true
            }
        }
        String image = ''
        stage('Image') {
            withPlatform(project: settings.project, environment: environments[0]) {
                image = platformImage(settings.image)
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
                    platformDeploy(application: settings.application, manifests: settings.manifests, image: image)
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

// grayRelease comes from the Skylark shared library, configured in Jenkins as "skylark".
library('skylark')
withPlatform(project: {{ project }}, environment: {{ environment }}) {
    // Canary through the environment's traffic router: a share of the traffic, a pause, the project's
    // analysis on Prometheus, then all of it. A failed analysis or any failure puts all traffic back.
    grayRelease(application: {{ application }}, image: env.PLATFORM_IMAGE,
            steps: [[weight: {{ grayWeight }}], [pause: {{ grayPause }}], [analysis: {{ grayAnalysisName }}],
                    [weight: 100]])
}

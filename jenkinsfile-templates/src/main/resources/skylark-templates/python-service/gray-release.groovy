// grayRelease comes from the Skylark shared library, configured in Jenkins as "skylark".
library('skylark')
withPlatform(project: {{ project }}, environment: {{ environment }}) {
    // Canary through the environment's traffic router: a share of the traffic, a pause, then all of it.
    // Any failure puts all traffic back on the running version; the build then fails with the reason.
    grayRelease(application: {{ application }}, image: env.PLATFORM_IMAGE,
            steps: [[weight: {{ grayWeight }}], [pause: {{ grayPause }}], [weight: 100]])
}

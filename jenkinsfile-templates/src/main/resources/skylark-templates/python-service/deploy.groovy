withPlatform(project: {{ project }}, environment: {{ environment }}) {
    platformDeploy(application: {{ application }}, manifests: {{ manifests }}, image: env.PLATFORM_IMAGE)
}

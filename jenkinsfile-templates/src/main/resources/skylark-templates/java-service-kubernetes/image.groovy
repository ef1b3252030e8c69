withPlatform(project: {{ project }}, environment: {{ environment }}) {
    // Builds and pushes with Jib; sets env.PLATFORM_IMAGE (the image by digest) for the deploys.
    platformImage(application: {{ application }}, from: {{ baseImage }})
}

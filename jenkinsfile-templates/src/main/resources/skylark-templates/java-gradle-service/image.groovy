withPlatform(project: {{ project }}, environment: {{ environment }}) {
    // Jib layers the jar from build/libs and its dependencies; sets env.PLATFORM_IMAGE (by digest).
    platformImage(application: {{ application }}, from: {{ baseImage }})
}

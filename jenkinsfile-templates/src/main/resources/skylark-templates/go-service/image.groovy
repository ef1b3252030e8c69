withPlatform(project: {{ project }}, environment: {{ environment }}) {
    // Jib layers bin/ as /app, no Docker daemon; sets env.PLATFORM_IMAGE (by digest).
    platformImage(application: {{ application }}, from: {{ baseImage }},
            directory: 'bin', into: '/app', entrypoint: ['/app/' + {{ binary }}])
}

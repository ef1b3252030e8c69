withPlatform(project: {{ project }}, environment: {{ environment }}) {
    // Jib layers build/app as /app, no Docker daemon; sets env.PLATFORM_IMAGE (by digest).
    platformImage(application: {{ application }}, from: {{ baseImage }}, directory: 'build/app', into: '/app',
            env: ['PYTHONPATH=/app'], entrypoint: ['python', '-m', {{ module }}])
}

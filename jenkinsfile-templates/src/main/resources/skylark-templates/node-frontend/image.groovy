withPlatform(project: {{ project }}, environment: {{ environment }}) {
    // Jib puts the built files into the web server's root, no Docker daemon; sets env.PLATFORM_IMAGE (by digest).
    platformImage(application: {{ application }}, from: {{ baseImage }},
            directory: {{ distDirectory }}, into: {{ webRoot }})
}

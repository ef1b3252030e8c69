withPlatform(project: {{ project }}, environment: {{ environment }}) {
    // Host <application>.<environment>.<domain> from the environment's exposure; prints the URL.
    platformExpose(application: {{ application }}, port: {{ exposePort }})
}

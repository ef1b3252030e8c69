withPlatform(project: {{ project }}, environment: {{ environment }}) {
    // No channels listed: every channel of the project covering this environment. A failed send is
    // reported in the log and never fails the build.
    platformNotify(message: {{ notifyMessage }}, level: 'success', application: {{ application }},
            channels: {{ notifyChannels }} ?: null)
}

echo(environments: {{ environments }}, replicas: {{ replicas }}, credentials: {{ registryCredentials }})

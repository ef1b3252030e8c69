echo({{ sonarProject }})

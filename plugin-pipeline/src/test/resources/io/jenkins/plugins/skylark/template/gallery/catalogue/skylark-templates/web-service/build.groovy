echo(tool: {{ tool }}, application: {{ application }}, notes: {{ notes }})

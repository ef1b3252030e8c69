echo({{ site }})

// platformBuild has no Python tool: pip and pytest run in sh steps. Every value is pattern-checked (no
// spaces, quotes or shell characters), so nothing else reaches the shell.
sh('rm -rf .venv build/app && ' + {{ python }} + ' -m venv --system-site-packages .venv')
sh('.venv/bin/python -m pip install --no-input -r ' + {{ requirements }})
sh('.venv/bin/python -m pytest --junitxml=build/test-results/pytest.xml ' + {{ testPath }})
// What the image ships: the runtime requirements and the application's packages, side by side.
sh('.venv/bin/python -m pip install --no-input --target build/app -r ' + {{ requirements }})
sh('cp -R ' + {{ sourceDirectory }} + '/. build/app/')

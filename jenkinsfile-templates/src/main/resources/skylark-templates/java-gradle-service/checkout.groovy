checkout scm

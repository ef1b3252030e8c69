// One build at a time: two deploys of the same application must not overlap.
disableConcurrentBuilds()
buildDiscarder(logRotator(numToKeepStr: '30'))

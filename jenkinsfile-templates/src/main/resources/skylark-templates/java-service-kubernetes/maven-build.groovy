// The goals come from a pattern-checked parameter, so no shell metacharacter reaches sh.
sh('mvn -B ' + {{ mavenGoals }})
junit(testResults: '**/target/surefire-reports/*.xml', allowEmptyResults: true)

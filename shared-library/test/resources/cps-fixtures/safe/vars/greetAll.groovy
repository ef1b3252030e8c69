// CPS-safe counterpart (CpsSafetyTest): 'each' is run as CPS code by groovy-cps; steps take bodies.
def call(List names) {
    fixture.Names.sorted(names).each { name ->
        stage("Greet ${name}") {
            echo "Hello, ${name}"
        }
    }
}

// Deliberately CPS-unsafe (CpsSafetyTest): groovy-cps cannot transform a synchronized block.
def call() {
    synchronized (this) {
        echo 'one at a time'
    }
}

// Deliberately CPS-unsafe (CpsSafetyTest): List.sort calls the CPS closure from Java.
def call(List names) {
    return names.sort { a, b -> a <=> b }
}

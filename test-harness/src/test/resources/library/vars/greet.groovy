def call(Map config) {
    echo "Hello, ${config.name}!"
}

def twice(String value) {
    return value + value
}

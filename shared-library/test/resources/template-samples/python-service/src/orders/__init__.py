"""The sample service the python-service template delivers."""


def version():
    return "v1"

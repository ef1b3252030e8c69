from orders import version

print("orders service " + version())

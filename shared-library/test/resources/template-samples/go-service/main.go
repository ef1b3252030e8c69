// The sample service the go-service template delivers.
package main

import "fmt"

func version() string {
	return "v1"
}

func main() {
	fmt.Println("orders service " + version())
}

package main

import (
	"fmt"

	"example.com/calc"
)

func main() {
	fmt.Println(calc.Divide(6, 4))
}

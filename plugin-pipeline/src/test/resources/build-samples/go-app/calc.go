// Package calc is a sample for platformBuild's tests.
package calc

// Divide divides a by b.
func Divide(a, b float64) float64 {
	return a / b
}

package calc

import (
	"os"
	"testing"
)

func TestDivide(t *testing.T) {
	if got := Divide(6, 4); got != 1.5 {
		t.Errorf("Divide(6, 4) = %v, want 1.5", got)
	}
}

func TestDivideWrongly(t *testing.T) {
	if os.Getenv("SAMPLE_FAIL") != "1" {
		t.Skip("fails only when SAMPLE_FAIL=1")
	}
	if got := Divide(6, 4); got != 2 {
		t.Errorf("Divide(6, 4) = %v, want 2", got)
	}
}

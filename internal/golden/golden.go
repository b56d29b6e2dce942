// Package golden checks generated source files against what their
// generators write now, for the tests that own them.
package golden

import (
	"bytes"
	"os"
	"testing"
)

// Check fails t unless the file at path holds want. With update it writes
// want to the file instead and reports true. cmd is the command that
// rewrites the file, for the failure message.
func Check(t testing.TB, path string, want []byte, update bool, cmd string) (updated bool) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return true
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is out of date: run %s", path, cmd)
	}
	return false
}

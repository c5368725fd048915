package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/veritag/veritag/internal/guitest"
)

func TestCheckingWindowNamesTheFileAndItsSize(t *testing.T) {
	a := test.NewTempApp(t)
	w := ShowChecking(a, "team.db", 470<<20)
	defer w.Close()
	got := guitest.Texts(w.Content())
	if !strings.Contains(got, "Checking team.db (470 MB) before opening it…") || !strings.Contains(got, "every page is read once") {
		t.Errorf("the checking window says:\n%s", got)
	}
}

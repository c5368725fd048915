package widget

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

// drawnTexts joins the texts a widget's renderer draws.
func drawnTexts(w fyne.Widget) string {
	var out []string
	for _, o := range test.WidgetRenderer(w).Objects() {
		if t, ok := o.(*canvas.Text); ok {
			out = append(out, t.Text)
		}
	}
	return strings.Join(out, " ")
}

func TestHeatMapWritesCountsAndNames(t *testing.T) {
	test.NewTempApp(t)
	h := NewHeatMap([]string{"CLAIM", "FACT"}, [][]int{{7, 3}, {2, 5}})
	w := test.NewWindow(h)
	defer w.Close()
	w.Resize(fyne.NewSize(400, 300))
	got := drawnTexts(h)
	for _, want := range []string{"7", "3", "2", "5", "CLAIM", "FACT"} {
		if !strings.Contains(got, want) {
			t.Errorf("heat map draws %q, missing %q", got, want)
		}
	}
}

func TestColorChoiceRingsThePaletteSwatch(t *testing.T) {
	a := test.NewTempApp(t)
	changed := 0
	c := NewColorChoice(a.NewWindow(""), ToHex(Palette[2]), func() { changed++ })
	if !c.Swatches()[2].selected || c.Swatches()[0].selected {
		t.Error("the starting colour's swatch is not the one ringed")
	}
	test.Tap(c.Swatches()[4])
	if c.Hex != strings.ToUpper(ToHex(Palette[4])) || !c.Swatches()[4].selected || c.Swatches()[2].selected || changed != 1 {
		t.Errorf("after tapping swatch 4: %s, changed %d", c.Hex, changed)
	}
	c.Set("#123456")
	for i, s := range c.Swatches() {
		if s.selected {
			t.Errorf("swatch %d ringed for a colour off the palette", i)
		}
	}
}

func TestNoteEntrySavesOnEnterNotShiftEnter(t *testing.T) {
	test.NewTempApp(t)
	var saved []string
	e := NewNoteEntry(func(s string) { saved = append(saved, s) })
	w := test.NewWindow(e)
	defer w.Close()
	w.Canvas().Focus(e)
	test.Type(e, "first")
	e.KeyDown(&fyne.KeyEvent{Name: "LeftShift"})
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	e.KeyUp(&fyne.KeyEvent{Name: "LeftShift"})
	if len(saved) != 0 || !strings.Contains(e.Text, "\n") {
		t.Fatalf("Shift+Enter saved %q or added no line: %q", saved, e.Text)
	}
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(saved) != 1 || saved[0] != e.Text {
		t.Errorf("Enter saved %q, want the text once", saved)
	}
}

func TestKeyEntryOffersKeysFirst(t *testing.T) {
	test.NewTempApp(t)
	var seen []fyne.KeyName
	e := NewKeyEntry(func(k *fyne.KeyEvent) bool {
		seen = append(seen, k.Name)
		return k.Name == fyne.KeyDown
	})
	w := test.NewWindow(e)
	defer w.Close()
	w.Canvas().Focus(e)
	test.Type(e, "ab")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	if len(seen) != 2 || e.Text != "a" {
		t.Errorf("handler saw %v and the text is %q, want both keys and Backspace to edit", seen, e.Text)
	}
}

func TestProgressDialogCancelsOnlyWhenClosedEarly(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("")
	cancelled := 0
	p := NewProgressDialog(w, "Importing", func() { cancelled++ })
	p.Set(0.5, "half")
	if p.bar.Value != 0.5 || p.label.Text != "half" {
		t.Errorf("progress shows %v %q", p.bar.Value, p.label.Text)
	}
	p.Hide()
	if cancelled != 0 {
		t.Error("hiding finished work cancelled it")
	}
	p = NewProgressDialog(w, "Importing", func() { cancelled++ })
	p.d.Hide() // the user pressed Cancel
	if cancelled != 1 {
		t.Errorf("closing the dialog cancelled %d times, want 1", cancelled)
	}
}

func TestWrapLabelGrowsWithItsText(t *testing.T) {
	test.NewTempApp(t)
	l := NewWrapLabel("short", func() float32 { return 120 })
	w := test.NewWindow(l)
	defer w.Close()
	short := l.MinSize().Height
	l.SetText(strings.Repeat("a longer text that wraps ", 8))
	if l.MinSize().Height <= short {
		t.Errorf("wrapped text is %v high, the one-line text %v", l.MinSize().Height, short)
	}
}

func TestThinBarAndSwatch(t *testing.T) {
	test.NewTempApp(t)
	b := NewThinBar()
	b.SetValue(0.25)
	if b.value != 0.25 {
		t.Errorf("thin bar holds %v", b.value)
	}
	tapped := false
	s := NewSwatch(Palette[0], func() { tapped = true })
	test.Tap(s)
	if !tapped {
		t.Error("tapping the swatch did nothing")
	}
}

package gui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/veritag/veritag/data/model"
	vwidget "github.com/veritag/veritag/gui/widget"
	"github.com/veritag/veritag/internal/guitest"
)

func TestRenameLabelCarriesAnnotations(t *testing.T) {
	st := openStore(t, filepath.Join(t.TempDir(), "v.db"), 5)
	u := newTestUI(t, st)
	press(u, "11")
	u.showLabels()
	e := u.labelEditor
	e.edit(u.labels[0])
	f := e.form
	f.name.SetText("assertion")
	if !strings.Contains(f.message.Text, "Every CLAIM annotation becomes ASSERTION") || f.save.Disabled() {
		t.Errorf("form says %q, save disabled %v", f.message.Text, f.save.Disabled())
	}
	test.Tap(f.save)
	if got := u.panel.buttons[0].Label.Name; got != "ASSERTION" {
		t.Errorf("panel button shows %q", got)
	}
	anns, _ := st.Annotations(context.Background(), u.doc.ID)
	if len(anns) != 2 || anns[0].Label != "ASSERTION" || anns[1].Label != "ASSERTION" {
		t.Errorf("stored annotations %+v", anns)
	}
	if u.mine[0].Label != "ASSERTION" {
		t.Errorf("UI holds %q", u.mine[0].Label)
	}
	chips := map[int]string{}
	for _, r := range onScreen[*sentenceRow](u) {
		chips[r.id] = test.WidgetRenderer(r).(*rowRenderer).chip.Text
	}
	if chips[0] != "ASSERTION" {
		t.Errorf("article row shows %q", chips[0])
	}
	if rows := guitest.Texts(e.rows); !strings.Contains(rows, "ASSERTION") || strings.Contains(rows, "CLAIM") {
		t.Errorf("editor lists:\n%s", rows)
	}
	u.selectSentence(0)
	if !u.panel.buttons[0].Active() {
		t.Error("the renamed label is not marked on its sentence")
	}
	press(u, "j1") // the key still tags, under the new name
	if u.mine[1].Label != "ASSERTION" {
		t.Errorf("key 1 tags %q", u.mine[1].Label)
	}
}

func TestLabelFormErrors(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	u := newTestUI(t, f)
	u.showLabels()
	e := u.labelEditor
	e.edit(u.labels[1]) // FACT
	form := e.form
	for _, c := range []struct{ name, key, want string }{
		{"2BAD", "2", "is not a label name"},
		{"", "2", "Give the label a name"},
		{"claim", "2", "There is already a label named CLAIM"},
		{"FACT", "1", "Key 1 is already used by CLAIM"},
	} {
		form.name.SetText(c.name)
		form.key.SetSelected(form.key.Options[c.key[0]-'1'])
		if !strings.Contains(form.message.Text, c.want) || !form.save.Disabled() {
			t.Errorf("%q key %s: message %q, save disabled %v", c.name, c.key, form.message.Text, form.save.Disabled())
		}
	}
	form.key.SetSelected(form.key.Options[1])
	form.colors.Swatches()[4].Tapped(nil)
	form.desc.SetText("Checkable.")
	test.Tap(form.save)
	labels, _ := f.Labels(context.Background())
	if l := labels[1]; l.Color != "#D55E00" || l.Description != "Checkable." || l.Name != "FACT" {
		t.Errorf("stored %+v", l)
	}
	if got := vwidget.ToHex(u.style("FACT").Fill); got != "#d55e00" {
		t.Errorf("FACT is drawn in %s", got)
	}
}

func TestAddLabelsUpToNine(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	u := newTestUI(t, f)
	u.showLabels()
	e := u.labelEditor
	for i := 4; i <= 9; i++ {
		e.edit(model.Label{})
		form := e.form
		if form.key.Selected[:1] != string(rune('0'+i)) {
			t.Errorf("new label offered key %q, want the first free %d", form.key.Selected, i)
		}
		form.name.SetText("L" + string(rune('0'+i)))
		test.Tap(form.save)
	}
	if len(u.panel.buttons) != 9 || u.panel.buttons[8].Label.Name != "L9" {
		t.Fatalf("panel has %d buttons", len(u.panel.buttons))
	}
	if !e.add.Disabled() || e.full.Hidden {
		t.Error("Add stays enabled with nine labels")
	}
	e.d.Hide()
	press(u, "9")
	if got := labelOf(f, u.doc.ID, 0); got != "L9" {
		t.Errorf("key 9 tagged %q", got)
	}
}

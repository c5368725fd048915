package gui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"github.com/veritag/veritag/assets"
	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/internal/guitest"
)

// guidelinesShown is the markdown the open guidelines window shows.
func guidelinesShown(t *testing.T, u *UI) string {
	t.Helper()
	if u.guides == nil {
		t.Fatal("the guidelines window is not open")
	}
	return u.guides.markdown
}

func TestDeleteLabelMovesItsAnnotationsOrIsRefusedWithTheCount(t *testing.T) {
	st := openStore(t, filepath.Join(t.TempDir(), "v.db"), 5)
	ctx := context.Background()
	u := newTestUI(t, st)
	press(u, "11")
	if err := st.Adjudicate(ctx, u.doc.ID, 4, "CLAIM", "alice"); err != nil {
		t.Fatal(err)
	}
	u.showGuidelines()
	if g := guidelinesShown(t, u); !strings.Contains(g, "1 · CLAIM") || !strings.Contains(g, "3 · SPECULATION") {
		t.Fatalf("guidelines:\n%s", g)
	}
	u.showLabels()
	e := u.labelEditor

	// an unused label goes at once, after a translated confirmation
	e.askDelete("SPECULATION")
	if msg := e.deletion.message.Text; !strings.Contains(msg, "No annotation") {
		t.Errorf("unused label: %q", msg)
	}
	test.Tap(e.deletion.ok)
	if len(u.labels) != 2 || len(u.panel.buttons) != 2 || strings.Contains(guitest.Texts(e.rows), "SPECULATION") {
		t.Errorf("after deleting SPECULATION: labels %v, editor %q", u.labels, guitest.Texts(e.rows))
	}
	if g := guidelinesShown(t, u); strings.Contains(g, "· SPECULATION") {
		t.Errorf("the guidelines still describe SPECULATION:\n%s", g)
	}

	// a used label: the count is shown; Cancel keeps it
	e.askDelete("CLAIM")
	x := e.deletion
	if msg := x.message.Text; !strings.Contains(msg, "used by 2 annotations and 1 final labels") || x.moveTo == nil {
		t.Fatalf("used label: %q", msg)
	}
	if !strings.Contains(topText(u), "Cancel") || !strings.Contains(topText(u), "Move and delete") {
		t.Errorf("dialog buttons: %q", topText(u))
	}
	u.win.Canvas().Overlays().Top().Hide()
	if labels, _ := st.Labels(ctx); len(labels) != 2 {
		t.Errorf("cancelled deletion changed the label set: %v", labels)
	}
	// moving them to FACT deletes it
	e.askDelete("CLAIM")
	e.deletion.moveTo.SetSelected("FACT")
	test.Tap(e.deletion.ok)
	anns, _ := st.Annotations(ctx, u.doc.ID)
	adj, _ := st.Adjudications(ctx, u.doc.ID)
	if len(anns) != 2 || anns[0].Label != "FACT" || anns[1].Label != "FACT" || adj[4] != "FACT" {
		t.Errorf("after moving CLAIM to FACT: %+v, final %v", anns, adj)
	}
	if u.mine[0].Label != "FACT" || len(u.labels) != 1 {
		t.Errorf("the window shows %q, labels %v", u.mine[0].Label, u.labels)
	}
	if g := guidelinesShown(t, u); strings.Contains(g, "· CLAIM") || !strings.Contains(g, "· FACT") {
		t.Errorf("the guidelines after deleting CLAIM:\n%s", g)
	}
	// the last label stays
	e.askDelete("FACT")
	if e.deletion.ok != nil || !strings.Contains(e.deletion.message.Text, "only label") {
		t.Errorf("deleting the last label: %q", e.deletion.message.Text)
	}
}

func TestGuidelinesFollowRenamesAndNewLabels(t *testing.T) {
	st := openStore(t, filepath.Join(t.TempDir(), "v.db"), 5)
	u := newTestUI(t, st)
	u.showGuidelines()
	u.showLabels()
	e := u.labelEditor
	e.edit(u.labels[1]) // FACT
	e.form.name.SetText("EVENT")
	test.Tap(e.form.save)
	e.edit(model.Label{})
	e.form.name.SetText("OPINION")
	e.form.desc.SetText("The writer's own view, not attributed.")
	test.Tap(e.form.save)
	g := guidelinesShown(t, u)
	for _, want := range []string{"2 · EVENT", "segna un evento significativo", "4 · OPINION", "The writer's own view", "neither an attribution nor a hedge: **EVENT**"} {
		if !strings.Contains(g, want) {
			t.Errorf("guidelines lack %q:\n%s", want, g)
		}
	}
	if strings.Contains(g, "FACT") {
		t.Errorf("the renamed FACT is still named:\n%s", g)
	}
	u.showGuidelines() // a second call brings the same window forward
	if g2 := guidelinesShown(t, u); g2 != g {
		t.Error("a second guidelines window")
	}
}

// italian runs the rest of a test with the UI in Italian.
func italian(t *testing.T) {
	t.Cleanup(func() { lang.AddTranslationsFS(assets.Translations, "translations") }) // back to English, after the environment
	for _, v := range []string{"LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"} {
		t.Setenv(v, "")
	}
}

func TestDialogsSpeakItalian(t *testing.T) {
	italian(t)
	f := newFakeBackend()
	kursk(f)
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, "it")
	u := newUI(a, f, Options{Annotator: "alice"}, inline, defaultServices())
	if lang.L("Labels") == "Labels" {
		t.Fatal("the UI did not switch to Italian")
	}
	u.library.confirmDelete(0) // Fyne's confirm dialog: Yes / No
	if top := topText(u); !strings.Contains(top, "Sì") || strings.Contains(top, "Yes") {
		t.Errorf("confirm dialog in Italian: %q", top)
	}
	u.win.Canvas().Overlays().Top().Hide()
	u.showError("x", context.Canceled) // Fyne's error dialog: Error / OK
	if top := topText(u); !strings.Contains(top, "Errore") {
		t.Errorf("error dialog in Italian: %q", top)
	}
	u.win.Canvas().Overlays().Top().Hide()
	e := &labelEditor{u: u}
	e.showDeletion("CLAIM", model.LabelUse{Annotations: 3})
	if top := topText(u); !strings.Contains(top, "Annulla") || !strings.Contains(top, "Sposta ed elimina") || !strings.Contains(top, "3 annotazioni") {
		t.Errorf("label deletion in Italian: %q", top)
	}
}

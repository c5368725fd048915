package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// progressDialog shows a long import, export or merge: what it is doing
// and how far it got (or only that it is busy), with a Cancel button when
// the work can be stopped.
type progressDialog struct {
	d     dialog.Dialog
	bar   *widget.ProgressBar // nil when only busy
	label *widget.Label
	done  bool // the work finished: closing is not cancelling
}

func newProgressDialog(w fyne.Window, title string, cancel func()) *progressDialog {
	p := &progressDialog{bar: widget.NewProgressBar(), label: widget.NewLabel("")}
	p.label.Truncation = fyne.TextTruncateEllipsis
	content := container.NewVBox(p.label, p.bar)
	if cancel != nil {
		p.d = dialog.NewCustom(title, lang.L("Cancel"), content, w)
		p.d.SetOnClosed(func() {
			if !p.done {
				cancel()
			}
		})
	} else {
		p.d = dialog.NewCustomWithoutButtons(title, content, w)
	}
	p.d.Resize(fyne.NewSize(460, p.d.MinSize().Height))
	p.d.Show()
	return p
}

// newBusyDialog shows work whose progress is not known, with no Cancel.
func newBusyDialog(w fyne.Window, title string) *progressDialog {
	p := &progressDialog{label: widget.NewLabel("")}
	p.label.Truncation = fyne.TextTruncateEllipsis
	p.d = dialog.NewCustomWithoutButtons(title, container.NewVBox(p.label, widget.NewProgressBarInfinite()), w)
	p.d.Resize(fyne.NewSize(460, p.d.MinSize().Height))
	p.d.Show()
	return p
}

// set shows progress v (0..1), unless only busy, and what is being done.
func (p *progressDialog) set(v float64, msg string) {
	if p.bar != nil {
		p.bar.SetValue(v)
	}
	p.label.SetText(msg)
}

// hide closes the dialog without calling the cancel function.
func (p *progressDialog) hide() {
	p.done = true
	p.d.Hide()
}

package gui

import (
	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/gui/team"
)

// teamHost is the main window as the team windows see it.
func (u *UI) teamHost() team.Host {
	return team.Host{
		App:       u.app,
		Data:      u.b,
		Run:       u.db.do,
		Spawn:     u.spawn,
		Wrote:     u.wrote,
		Documents: func() []model.Document { return u.docs },
		Labels:    func() []model.Label { return u.labels },
		Annotator: func() string { return u.annotator },
		Style:     u.style,
		Dark:      u.dark,
		Open: func(docID int64, index int) {
			u.goTo(docID, index)
			u.win.RequestFocus()
		},
		Adjudicated:      u.adjudicated,
		SideWidth:        panelWidth,
		ButtonWidth:      func() float32 { return u.panel.buttonTextWidth() },
		SideContentWidth: func() float32 { return u.panel.contentWidth() },
	}
}

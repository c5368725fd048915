package gui

// adjudicated shows a new final label in the article view and the panel.
func (u *UI) adjudicated(docID int64, index int, label string) {
	if docID != u.doc.ID {
		return
	}
	if label == "" {
		delete(u.adjudged, index)
	} else {
		u.adjudged[index] = label
	}
	u.article.refreshRow(index)
	if index == u.selected {
		u.panel.update()
		u.loadHistory()
	}
}

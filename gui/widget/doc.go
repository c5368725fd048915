// Package widget holds Veritag's leaf widgets and small layout helpers:
// cards, thin progress bars, colour swatches and the colour choice, the
// wrapping label and its text measurer, the agreement heat map, label
// buttons, chips and key badges, note and key entries, progress dialogs
// and message layouts. They know nothing of the app's state: callers hand
// them text, colours and callbacks.
package widget

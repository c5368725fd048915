// Package scale holds the scale report, TestScaleReport (make
// bench-scale): import, tag, export, search and the desktop app's start at
// a million generated sentences, on the real store, CLI and app.
package scale

//go:build !linux

package gui

// newNativeChooser is nil off Linux: the desktop portal is a Linux
// service, so Fyne's own dialogs are used.
func newNativeChooser() nativeChooser { return nil }

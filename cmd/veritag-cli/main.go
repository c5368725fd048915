// Command veritag-cli is Veritag's headless tool: segment, import, tag,
// search, export, merge and measure agreement from the shell. It shares the
// data layer with the desktop app and never imports fyne.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

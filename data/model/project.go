package model

// Role is what an annotator may do beyond annotating in a project.
type Role string

// The project roles. An annotator with no role is RoleAnnotator.
const (
	RoleAnnotator   Role = ""            // annotates; may switch blind mode on, not off
	RoleAdjudicator Role = "adjudicator" // also sets final labels and may switch blind mode off
	RoleOwner       Role = "owner"       // also gives roles
)

// MaySeeOthers reports whether the role may switch blind mode off.
func (r Role) MaySeeOthers() bool { return r == RoleOwner || r == RoleAdjudicator }

// ProjectSettings are the preferences that hold for everyone using one
// database.
type ProjectSettings struct {
	// Blind hides other annotators' labels, the agreement view and the
	// suggestions while annotating, so agreement figures stay independent.
	Blind bool
}

// HidesOthers is the predicate every view consults before showing another
// annotator's labels, agreement figures or a suggestion: true in blind
// mode.
func (p ProjectSettings) HidesOthers() bool { return p.Blind }

package store

import (
	"context"
	"strings"
	"testing"

	"github.com/veritag/veritag/data/model"
)

func TestBlindModeOnlyOwnersAndAdjudicatorsSwitchItOff(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	if p, err := s.ProjectSettings(ctx); err != nil || p.HidesOthers() {
		t.Fatalf("a new project is blind: %+v %v", p, err)
	}
	if err := s.SetBlind(ctx, "olga", true); err != nil {
		t.Fatal(err)
	}
	if r, _ := s.Role(ctx, "olga"); r != model.RoleOwner {
		t.Errorf("the first to switch blind mode on is %q, want the owner", r)
	}
	if err := s.SetBlind(ctx, "anna", false); err == nil || !strings.Contains(err.Error(), "only an owner or adjudicator") {
		t.Errorf("an annotator switched blind mode off: %v", err)
	}
	if err := s.SetRole(ctx, "anna", "anna", model.RoleOwner); err == nil {
		t.Error("an annotator made herself owner")
	}
	if err := s.SetRole(ctx, "olga", "ada", model.RoleAdjudicator); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = openAt(t, path) // the setting is the project's, not the process's
	if p, _ := s.ProjectSettings(ctx); !p.HidesOthers() {
		t.Fatal("blind mode did not survive reopening the database")
	}
	if err := s.SetBlind(ctx, "ada", false); err != nil {
		t.Fatalf("an adjudicator could not switch blind mode off: %v", err)
	}
	if p, _ := s.ProjectSettings(ctx); p.HidesOthers() {
		t.Error("blind mode still on")
	}
	if err := s.SetRole(ctx, "olga", "olga", model.RoleAnnotator); err == nil || !strings.Contains(err.Error(), "last owner") {
		t.Errorf("the last owner stepped down: %v", err)
	}
}

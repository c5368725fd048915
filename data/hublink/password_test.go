package hublink

import (
	"errors"
	"testing"

	"github.com/zalando/go-keyring"
)

func TestPasswordIsKeptInTheKeyringAndForgotten(t *testing.T) {
	keyring.MockInit()
	l := &Link{}
	const url = "postgres://hub.example.org/team"
	if pw, err := l.Password(url, "anna"); pw != "" || err != nil {
		t.Fatalf("nothing kept yet: %q, %v", pw, err)
	}
	if err := l.SavePassword(url, "anna", "s3cret"); err != nil {
		t.Fatal(err)
	}
	if pw, err := l.Password(url, "anna"); pw != "s3cret" || err != nil {
		t.Errorf("kept: %q, %v", pw, err)
	}
	if pw, _ := l.Password(url, "bruno"); pw != "" {
		t.Errorf("another login's password: %q", pw)
	}
	if err := l.ForgetPassword(url, "anna"); err != nil {
		t.Fatal(err)
	}
	if err := l.ForgetPassword(url, "anna"); err != nil {
		t.Errorf("forgetting twice: %v", err)
	}
	if pw, _ := l.Password(url, "anna"); pw != "" {
		t.Errorf("forgotten but read back: %q", pw)
	}
}

func TestAnUnavailableKeyringSaysSoInOneLine(t *testing.T) {
	keyring.MockInitWithError(errors.New("The name org.freedesktop.secrets\nwas not provided"))
	defer keyring.MockInit()
	err := (&Link{}).SavePassword("postgres://hub/team", "anna", "pw")
	if err == nil || err.Error() != "The name org.freedesktop.secrets was not provided" {
		t.Errorf("got %v", err)
	}
}

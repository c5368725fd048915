package team

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"
)

// percent writes a fraction 0..1 as a percentage with one decimal, or says
// it is undefined.
func percent(v *float64) string {
	if v == nil {
		return lang.L("undefined")
	}
	return decimal(*v*100, 1) + "%"
}

// coefficient writes a kappa or alpha with three decimals, or says it is
// undefined.
func coefficient(v *float64) string {
	if v == nil {
		return lang.L("undefined")
	}
	return decimal(*v, 3)
}

// decimal writes x with n decimals, a true minus sign and the UI
// language's decimal separator.
func decimal(x float64, n int) string {
	s := strconv.FormatFloat(x, 'f', n, 64)
	if strings.Trim(s, "-0.") == "" {
		s = strings.TrimPrefix(s, "-") // no "−0.000"
	}
	s = strings.Replace(s, "-", "−", 1)
	return strings.Replace(s, ".", lang.X("number.decimal", "."), 1)
}

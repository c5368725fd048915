package suggest

import "math"

// objective returns f(x) and writes its gradient into grad.
type objective func(x, grad []float64) float64

// lbfgs settings: memory, iterations, tolerances. Fixed, so that a model
// is a function of its data alone.
const (
	lbfgsMemory    = 8
	lbfgsMaxIter   = 100
	lbfgsRelTol    = 1e-4 // stop when f improves by less than this, relatively
	lbfgsGradTol   = 1e-6 // or when the largest gradient entry is below this
	armijo         = 1e-4
	maxLineSearchs = 30
)

// minimize runs L-BFGS on f from x (changed in place) and returns the
// final value. It is deterministic: same f and start, same result.
func minimize(f objective, x []float64) float64 {
	n := len(x)
	g := make([]float64, n)
	fx := f(x, g)
	s := make([][]float64, 0, lbfgsMemory)
	y := make([][]float64, 0, lbfgsMemory)
	rho := make([]float64, 0, lbfgsMemory)
	alpha := make([]float64, lbfgsMemory)
	d := make([]float64, n)
	xNew := make([]float64, n)
	gNew := make([]float64, n)
	for iter := 0; iter < lbfgsMaxIter; iter++ {
		if maxAbs(g) < lbfgsGradTol {
			break
		}
		// two-loop recursion: d = -H g
		copy(d, g)
		for i := len(s) - 1; i >= 0; i-- {
			alpha[i] = rho[i] * dot(s[i], d)
			axpy(-alpha[i], y[i], d)
		}
		gamma := 1.0
		if k := len(s) - 1; k >= 0 {
			gamma = dot(s[k], y[k]) / dot(y[k], y[k])
		} else {
			gamma = 1 / math.Max(l2norm(g), 1e-12)
		}
		scaleVec(gamma, d)
		for i := range s {
			b := rho[i] * dot(y[i], d)
			axpy(alpha[i]-b, s[i], d)
		}
		scaleVec(-1, d)
		slope := dot(g, d)
		if slope >= 0 { // not a descent direction: restart from the gradient
			copy(d, g)
			scaleVec(-1/math.Max(l2norm(g), 1e-12), d)
			slope = dot(g, d)
			s, y, rho = s[:0], y[:0], rho[:0]
		}
		step, fNew := 1.0, 0.0
		ok := false
		for ls := 0; ls < maxLineSearchs; ls++ {
			for i := range x {
				xNew[i] = x[i] + step*d[i]
			}
			fNew = f(xNew, gNew)
			if fNew <= fx+armijo*step*slope {
				ok = true
				break
			}
			step /= 2
		}
		if !ok {
			break
		}
		// remember the pair (oldest dropped)
		var sv, yv []float64
		if len(s) == lbfgsMemory {
			sv, yv = s[0], y[0]
			s, y, rho = s[1:], y[1:], rho[1:]
		} else {
			sv, yv = make([]float64, n), make([]float64, n)
		}
		for i := range x {
			sv[i] = xNew[i] - x[i]
			yv[i] = gNew[i] - g[i]
		}
		if sy := dot(sv, yv); sy > 1e-12 {
			s, y, rho = append(s, sv), append(y, yv), append(rho, 1/sy)
		}
		copy(x, xNew)
		copy(g, gNew)
		done := math.Abs(fx-fNew) <= lbfgsRelTol*math.Max(math.Abs(fNew), 1)
		fx = fNew
		if done {
			break
		}
	}
	return fx
}

func dot(a, b []float64) float64 {
	t := 0.0
	for i := range a {
		t += a[i] * b[i]
	}
	return t
}

func axpy(a float64, x, y []float64) {
	for i := range x {
		y[i] += a * x[i]
	}
}

func scaleVec(a float64, x []float64) {
	for i := range x {
		x[i] *= a
	}
}

func l2norm(x []float64) float64 { return math.Sqrt(dot(x, x)) }

func maxAbs(x []float64) float64 {
	m := 0.0
	for _, v := range x {
		m = math.Max(m, math.Abs(v))
	}
	return m
}

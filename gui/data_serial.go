package gui

import "sync"

// serial runs jobs one at a time, in the order they were queued, away from
// the UI thread. Every Backend call that reads or changes what the UI shows
// goes through one serial queue, so a tag, an undo and a reload can never
// overtake each other.
type serial struct {
	spawn   func(func())
	mu      sync.Mutex
	queue   []func()
	running bool
}

// do queues job.
func (s *serial) do(job func()) {
	s.mu.Lock()
	s.queue = append(s.queue, job)
	if s.running {
		s.mu.Unlock()
		return
	}
	s.running = true
	s.mu.Unlock()
	s.spawn(s.drain)
}

// drain runs queued jobs until none is left.
func (s *serial) drain() {
	for {
		s.mu.Lock()
		if len(s.queue) == 0 {
			s.running = false
			s.mu.Unlock()
			return
		}
		job := s.queue[0]
		s.queue = s.queue[1:]
		s.mu.Unlock()
		job()
	}
}

// idle returns a channel closed once every job queued before the call has
// run: jobs run in order, so a marker job queued last runs after them.
func (s *serial) idle() <-chan struct{} {
	done := make(chan struct{})
	s.do(func() { close(done) })
	return done
}

package store

import (
	"context"
	"errors"

	"github.com/veritag/veritag/data/model"
)

// Documents travel from the reader to the writer in batches of at most
// batchDocs documents or batchBytes of text, at most pipelineDepth batches
// waiting: the reader parses the next documents on another core while
// SQLite stores these, and memory stays bounded.
const (
	batchDocs     = 512
	batchBytes    = 4 << 20
	pipelineDepth = 2
)

// errWriterStopped tells the reader that the writer has stopped.
var errWriterStopped = errors.New("the import stopped")

// pipeline runs produce on its own goroutine and hands what it puts, in
// order, checked and hashed there (checkDoc), to consume on the caller's
// goroutine. The first error (consume's
// or produce's, or ctx's) stops both and is returned; on consume's error
// it waits for produce to return (at its next put), so nothing runs on
// after it.
func pipeline(parent context.Context, produce func(put func(model.ImportDoc) error) error, consume func(checkedDoc) error) error {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	batches := make(chan []checkedDoc, pipelineDepth)
	produced := make(chan error, 1)
	go func() {
		defer close(batches)
		var batch []checkedDoc
		size := 0
		send := func() error {
			select {
			case batches <- batch:
				batch, size = nil, 0
				return nil
			case <-ctx.Done():
				return errWriterStopped
			}
		}
		err := produce(func(d model.ImportDoc) error {
			batch = append(batch, checkDoc(d))
			if size += len(d.Text); len(batch) >= batchDocs || size >= batchBytes {
				return send()
			}
			return nil
		})
		if err == nil && len(batch) > 0 {
			err = send()
		}
		produced <- err
	}()
	for batch := range batches {
		for _, d := range batch {
			if err := consume(d); err != nil {
				cancel()
				for range batches { // let the reader finish
				}
				<-produced
				return err
			}
		}
	}
	err := <-produced
	if parent.Err() != nil {
		return parent.Err() // the caller's cancellation, not the reader's stop
	}
	return err
}

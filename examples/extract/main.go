// Command extract prints the facts of diplomatic news texts as JSON, in the
// form SPEC.md gives.
//
//	go run ./examples/extract [-published YYYY-MM-DD] [FILE ...]
//	go run ./examples/extract -jsonl [-workers N] < in.jsonl > out.jsonl
//
// With files (or standard input) it prints one JSON document per text. With
// -jsonl it reads lines {"id", "text", "published"} and writes one line per
// input line, in input order, with the same "id" first; a line that cannot
// be read or parsed gives {"id", "error"} and the run goes on. -workers
// sets how many goroutines parse and encode (the default is the number of
// CPUs). In this mode the collector lets the heap grow to nine times the
// live data (GOGC=800) unless GOGC is set: batch runs hold little live data
// and make garbage fast.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"github.com/diplomacy-go/diplomacy"
)

func main() {
	published := flag.String("published", "", "reference date `YYYY-MM-DD` (default: the dateline's date, if any)")
	jsonl := flag.Bool("jsonl", false, "batch mode: JSON lines in, JSON lines out")
	workers := flag.Int("workers", runtime.NumCPU(), "parallel workers in -jsonl mode")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: extract [-published YYYY-MM-DD] [FILE ...]\n       extract -jsonl [-workers N] < in.jsonl > out.jsonl\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	var pub time.Time
	if *published != "" {
		t, err := time.Parse("2006-01-02", *published)
		if err != nil {
			fmt.Fprintf(os.Stderr, "extract: -published: want YYYY-MM-DD, got %q\n", *published)
			os.Exit(2)
		}
		pub = t
	}
	if pct, ok := batchGCPercent(*jsonl, os.Getenv("GOGC")); ok {
		debug.SetGCPercent(pct)
	}
	// Build the parser (its tables) while the input is being read. The
	// tables live as long as the program: collecting garbage while they
	// are built only slows start-up.
	parser := sync.OnceValues(func() (*diplomacy.Parser, error) {
		gc := debug.SetGCPercent(-1)
		defer debug.SetGCPercent(gc)
		return diplomacy.NewParser(diplomacy.Options{})
	})
	go parser()
	out := bufio.NewWriterSize(os.Stdout, 1<<16)
	defer out.Flush()
	if *jsonl {
		if *workers < 1 {
			*workers = 1
		}
		if err := runJSONL(parser, os.Stdin, out, *workers, pub, isTerminal(os.Stderr)); err != nil {
			out.Flush()
			fmt.Fprintln(os.Stderr, "extract:", err)
			os.Exit(1)
		}
		return
	}
	p, err := parser()
	if err != nil {
		fmt.Fprintln(os.Stderr, "extract:", err)
		os.Exit(1)
	}
	status := 0
	files := flag.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	for _, f := range files {
		if err := runFile(p, f, out, pub); err != nil {
			fmt.Fprintln(os.Stderr, "extract:", err)
			status = 1
		}
	}
	out.Flush()
	os.Exit(status)
}

// batchGCPercent returns the collector's target for a run, and whether to
// set it: in -jsonl mode 800, unless GOGC (gogc) is set, which then
// decides. A batch run holds little live data (the tables and the lines in
// flight) and makes garbage fast; letting the heap grow to nine times the
// live data between collections, rather than twice, spends less on
// collecting, most of all when the workers leave no processor idle for the
// collector. On wire copy the process then peaks at about 32 MB (29 MB
// at 400); two workers run 1.78-1.83 times as fast as one (1.67-1.73 at
// 400).
func batchGCPercent(jsonl bool, gogc string) (int, bool) {
	if !jsonl || gogc != "" {
		return 0, false
	}
	return 800, true
}

func runFile(p *diplomacy.Parser, name string, w io.Writer, pub time.Time) error {
	var b []byte
	var err error
	if name == "-" {
		b, err = io.ReadAll(os.Stdin)
	} else {
		b, err = os.ReadFile(name)
	}
	if err != nil {
		return err
	}
	doc, err := p.Parse(string(b), pub)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// input is one line of -jsonl input.
type input struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Published string `json:"published"`
}

// process turns one input line into one output line (without newline).
func process(p *diplomacy.Parser, line []byte, pub time.Time) []byte {
	in, ref, bad := decode(line, pub)
	if bad != nil {
		return bad
	}
	doc, err := p.Parse(in.Text, ref)
	if err != nil {
		return errorLine(in.ID, err)
	}
	return encode(in.ID, doc, nil)
}

// decode reads one input line and its reference date (pub unless the line
// gives one). When the line cannot be used it returns the error line to
// print instead.
func decode(line []byte, pub time.Time) (input, time.Time, []byte) {
	in, ok := decodeFast(line)
	if !ok {
		in = input{}
		err := json.Unmarshal(line, &in)
		if err != nil {
			return in, pub, badLine(line, err)
		}
	}
	ref := pub
	if in.Published != "" {
		t, err := time.Parse("2006-01-02", in.Published)
		if err != nil {
			return in, pub, errorLine(in.ID, fmt.Errorf("published: want YYYY-MM-DD, got %q", in.Published))
		}
		ref = t
	}
	return in, ref, nil
}

// badLine returns the error line for a line encoding/json cannot read, with
// the line's id when that much can be read.
func badLine(line []byte, err error) []byte {
	var idOnly struct {
		ID json.RawMessage `json:"id"`
	}
	id := ""
	if json.Unmarshal(line, &idOnly) == nil {
		_ = json.Unmarshal(idOnly.ID, &id)
	}
	return errorLine(id, fmt.Errorf("bad input line: %v", err))
}

// encode appends to buf the output line of a parsed document: the
// document's JSON object with "id" put first.
func encode(id string, doc *diplomacy.Document, buf []byte) []byte {
	start := len(buf)
	b := append(buf, `{"id":`...)
	b = appendID(b, id)
	body := len(b) // where the document's object starts
	b, err := doc.AppendJSON(b)
	if err != nil {
		return append(b[:start], errorLine(id, err)...)
	}
	b[body] = ',' // {"id":"x",...} rather than {"id":"x"{...}
	return b
}

// appendID appends id as json.Marshal writes it (with <, > and & escaped).
func appendID(b []byte, id string) []byte {
	for i := 0; i < len(id); i++ {
		if c := id[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			q, _ := json.Marshal(id)
			return append(b, q...)
		}
	}
	b = append(b, '"')
	b = append(b, id...)
	return append(b, '"')
}

func errorLine(id string, err error) []byte {
	b, _ := json.Marshal(struct {
		ID    string `json:"id"`
		Error string `json:"error"`
	}{id, err.Error()})
	return b
}

// runJSONL processes lines in three stages: the reading goroutine decodes
// the lines into batches, a bounded pool of workers parses and encodes the
// texts of each batch, and the calling goroutine writes the batches in
// input order. Reading starts before the parser is built (parser is called
// by the workers and its error ends the run), so start-up overlaps
// decoding. Batches spare a hand-over between goroutines for each line; a
// batch is sent as soon as no more input is waiting, so a slow stream of
// lines is not held back.
func runJSONL(parser func() (*diplomacy.Parser, error), r io.Reader, w io.Writer, workers int, pub time.Time, progress bool) error {
	type item struct {
		in   input
		ref  time.Time
		line []byte // the error line of a line that cannot be parsed
	}
	type batch struct {
		items []item
		out   []byte        // the output lines, once parsed
		done  chan struct{} // receives once the batch is parsed
	}
	const (
		batchLines = 16
		batchBytes = 64 << 10 // of text
	)
	// Decoding may run ahead of writing by this many batches.
	ahead := max(16, workers*8)
	jobs := make(chan *batch, ahead)
	order := make(chan *batch, ahead)
	// Written batches come back to the reader through free, with their
	// buffers.
	free := make(chan *batch, ahead+workers+1)
	for i := 0; i < workers; i++ {
		go func() {
			p, err := parser()
			for b := range jobs {
				out := b.out[:0]
				for k := range b.items {
					it := &b.items[k]
					switch {
					case it.line != nil:
						out = append(out, it.line...)
					case err != nil:
						out = append(out, errorLine(it.in.ID, err)...)
					default:
						doc, perr := p.Parse(it.in.Text, it.ref)
						if perr != nil {
							out = append(out, errorLine(it.in.ID, perr)...)
						} else {
							out = encode(it.in.ID, doc, out)
						}
					}
					out = append(out, '\n')
					*it = item{} // the text is not needed any more
				}
				b.out = out
				b.done <- struct{}{}
				// The writer, woken by done, waits for a processor: when
				// every one runs a worker, give this one up, so that
				// output and input keep moving and the workers are not
				// left without batches.
				runtime.Gosched()
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		br := bufio.NewReaderSize(r, 1<<20)
		next := func() *batch {
			select {
			case b := <-free:
				b.items = b.items[:0]
				return b
			default:
				return &batch{items: make([]item, 0, batchLines), done: make(chan struct{}, 1)}
			}
		}
		cur, size := next(), 0
		send := func() {
			if len(cur.items) == 0 {
				return
			}
			order <- cur
			jobs <- cur
			cur, size = next(), 0
		}
		for {
			// The line is read in place (decode copies what it keeps),
			// unless it is longer than the buffer.
			line, err := br.ReadSlice('\n')
			if errors.Is(err, bufio.ErrBufferFull) {
				long := append([]byte(nil), line...)
				for errors.Is(err, bufio.ErrBufferFull) {
					line, err = br.ReadSlice('\n')
					long = append(long, line...)
				}
				line = long
			}
			if len(bytes.TrimSpace(line)) > 0 {
				in, ref, bad := decode(line, pub)
				cur.items = append(cur.items, item{in: in, ref: ref, line: bad})
				size += len(in.Text)
				if len(cur.items) >= batchLines || size >= batchBytes || br.Buffered() == 0 {
					send()
				}
			}
			if err != nil {
				send()
				if !errors.Is(err, io.EOF) {
					readErr <- err
					return
				}
				break
			}
		}
		readErr <- nil
	}()
	if _, err := parser(); err != nil {
		return err // the goroutines end with the program
	}
	n := 0
	var werr error
	for b := range order {
		<-b.done
		if werr == nil {
			_, werr = w.Write(b.out)
		}
		for range b.items {
			n++
			if progress && n%100 == 0 {
				fmt.Fprintf(os.Stderr, "\rextract: %d documents", n)
			}
		}
		if cap(b.out) > 1<<20 {
			b.out = nil // a batch of long documents: not kept
		}
		select {
		case free <- b:
		default:
		}
	}
	if progress && n >= 100 {
		fmt.Fprintf(os.Stderr, "\rextract: %d documents\n", n)
	}
	if err := <-readErr; err != nil {
		return fmt.Errorf("reading input: %w", err)
	}
	return werr
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

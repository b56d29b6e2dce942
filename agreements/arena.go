package agreements

// arena hands out short slices of one backing array that an Extract call
// reuses from the calls before it, so that the many small lists the rules
// build (actor indices, code sets) cost no allocation once the array is
// large enough. Slices handed out are capped: appending to one copies it
// instead of overwriting its neighbour.
//
// Nothing taken from an arena may outlive the call: the Result is copied out
// of it (see doc.detach) and the arena is cleared on release.
type arena[T any] struct {
	buf []T // used part [0:len], free part [len:cap], always zero
}

// reserve makes room for n more elements. A full array is replaced by a
// larger one; the slices already handed out keep the old one alive until
// the call ends.
func (a *arena[T]) reserve(n int) {
	if cap(a.buf)-len(a.buf) < n {
		a.buf = make([]T, 0, max(2*cap(a.buf), n, 256))
	}
}

// take returns n zero elements.
func (a *arena[T]) take(n int) []T {
	a.reserve(n)
	l := len(a.buf)
	a.buf = a.buf[:l+n]
	return a.buf[l : l+n : l+n]
}

// open returns an empty slice whose capacity is the free part of the arena
// (at least n), to append to and then pass to commit. Nothing else may be
// taken from the arena in between.
func (a *arena[T]) open(n int) []T {
	a.reserve(n)
	return a.buf[len(a.buf):len(a.buf)]
}

// commit marks s, grown by appending to what open returned, as used and
// returns it capped. When s outgrew the free part, append moved it to the
// heap: it is returned as it is.
func (a *arena[T]) commit(s []T) []T {
	l := len(a.buf)
	if len(s) > 0 && l+len(s) <= cap(a.buf) && &s[0] == &a.buf[l : l+1][0] {
		a.buf = a.buf[:l+len(s)]
	}
	return s[:len(s):len(s)]
}

// reset clears the used part (so that the arena holds on to none of the
// caller's strings) and empties it.
func (a *arena[T]) reset() {
	clear(a.buf)
	a.buf = a.buf[:0]
}

// reused keeps every value a scratch has made, to hand them out again in
// later calls; the first n are in use.
type reused[T any] struct {
	all []*T
	n   int
}

// next returns a value not in use, made when all are.
func (r *reused[T]) next() *T {
	if r.n == len(r.all) {
		r.all = append(r.all, new(T))
	}
	v := r.all[r.n]
	r.n++
	return v
}

// inUse returns the values handed out since the scratch was released.
func (r *reused[T]) inUse() []*T { return r.all[:r.n] }

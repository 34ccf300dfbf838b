// Package godebug: gc's GODEBUG settings API for the standard packages that consult it
// (math/rand's randautoseed and randseednop). gc's package is fed by runtime hooks
// (setUpdate, registerMetric) from $GODEBUG; a playground program has no environment, so
// every setting has its default: Value is "".
package godebug

// A Setting is a single GODEBUG setting, by name (a leading # marks it undocumented).
type Setting struct {
	name string
}

func New(name string) *Setting {
	return &Setting{name: name}
}

func (s *Setting) Name() string {
	if s.name != "" && s.name[0] == '#' {
		return s.name[1:]
	}
	return s.name
}

func (s *Setting) Undocumented() bool {
	return s.name != "" && s.name[0] == '#'
}

func (s *Setting) String() string {
	return s.Name() + "="
}

// IncNonDefault counts uses of a non-default behaviour: never, with default settings.
func (s *Setting) IncNonDefault() {}

// Value is the setting's value: "" (the default).
func (s *Setting) Value() string {
	return ""
}

// Package sig: gc's are three assembly functions, empty markers whose presence in a binary
// tells tools which crypto implementation it links (crypto/internal/boring calls
// StandardCrypto). Here they are empty Go functions.
package sig

// BoringCrypto marks a binary using BoringCrypto.
func BoringCrypto() {}

// FIPSOnly marks a binary restricted to FIPS-approved algorithms.
func FIPSOnly() {}

// StandardCrypto marks a binary using the standard Go crypto.
func StandardCrypto() {}

// Command referrers-registry serves go-containerregistry's in-memory registry with the OCI 1.1
// referrers API switched on (`crane registry serve` leaves it off), for trust-kit's tests of
// referrers discovery. It listens on the address given as its only argument ("127.0.0.1:0" picks
// a free port) and prints the address it listens on as its first line.
package main

import (
	"fmt"
	"log"
	"net"
	"net/http"
	"os"

	"github.com/google/go-containerregistry/pkg/registry"
)

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: referrers-registry ADDRESS")
	}
	listener, err := net.Listen("tcp", os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(listener.Addr().String())
	handler := registry.New(registry.WithReferrersSupport(true), registry.Logger(log.New(os.Stderr, "", log.LstdFlags)))
	log.Fatal(http.Serve(listener, handler))
}

//go:build tools

// Keeps viam-server's command in this module's go.mod and go.sum, so that .ci/run builds it at the
// rdk version pinned here: `go build go.viam.com/rdk/web/cmd/server` from this directory.
package remotedial

import _ "go.viam.com/rdk/web/cmd/server"

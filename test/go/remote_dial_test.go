// The board as viam-server's own robot client sees it: rdk's robot/client dials it exactly as a
// parent dials an insecure remote with auth, and plain grpc-go streams check what that client relies
// on (a stream it never half-closes, a connection over the board's limit).
//
// test/remote-go.test.ts boots the simulated board and runs this with its address and secret in
// VIAM_BOARD_ADDRESS and VIAM_BOARD_SECRET.
package remotedial

import (
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	pb "go.viam.com/api/robot/v1"
	"go.viam.com/rdk/components/board"
	"go.viam.com/rdk/components/movementsensor"
	"go.viam.com/rdk/components/sensor"
	"go.viam.com/rdk/logging"
	"go.viam.com/rdk/resource"
	"go.viam.com/rdk/robot/client"
	"go.viam.com/utils/rpc"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	reflectpb "google.golang.org/grpc/reflection/grpc_reflection_v1alpha"
	"google.golang.org/grpc/status"
)

func boardAddress(t *testing.T) (string, string) {
	t.Helper()
	address, secret := os.Getenv("VIAM_BOARD_ADDRESS"), os.Getenv("VIAM_BOARD_SECRET")
	if address == "" || secret == "" {
		t.Fatal("VIAM_BOARD_ADDRESS and VIAM_BOARD_SECRET must name a running board (test/remote-go.test.ts sets them)")
	}
	return address, secret
}

// dialAsParent dials with the options viam-server builds for a remote that has `"insecure": true` and
// `auth.credentials` without an entity (robot/impl remoteDialOptions and dialRobotClient).
func dialAsParent(ctx context.Context, t *testing.T, address, secret string) (*client.RobotClient, error) {
	return client.New(ctx, address, logging.NewTestLogger(t),
		client.WithDialOptions(rpc.WithInsecure(), rpc.WithCredentials(rpc.Credentials{Type: "robot-location-secret", Payload: secret})),
		client.WithRemoteName("esp32"),
		client.WithInitialDialAttempts(1),
	)
}

func TestRemoteDialSequence(t *testing.T) {
	address, secret := boardAddress(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	// robot/client reads reflection answers on a context of its own that nothing cancels, so a
	// reflection stream left unanswered holds client.New (and a parent's reconfigure) for ever.
	type dial struct {
		rc  *client.RobotClient
		err error
	}
	dialed := make(chan dial, 1)
	go func() {
		rc, err := dialAsParent(ctx, t, address, secret)
		dialed <- dial{rc, err}
	}()
	var rc *client.RobotClient
	select {
	case result := <-dialed:
		if result.err != nil {
			t.Fatalf("client.New: %v", result.err)
		}
		rc = result.rc
	case <-time.After(10 * time.Second):
		t.Fatal("client.New did not return within 10 s")
	}
	defer rc.Close(context.Background())

	names := map[string]bool{}
	for _, name := range rc.ResourceNames() {
		names[name.API.String()+"/"+name.Name] = true
	}
	for _, want := range []string{"rdk:component:board/board", "rdk:component:sensor/temperature", "rdk:component:movement_sensor/imu"} {
		if !names[want] {
			t.Errorf("ResourceNames lacks %s: %v", want, names)
		}
	}

	b, err := board.FromProvider(rc, "board")
	if err != nil {
		t.Fatal(err)
	}
	reader, err := b.AnalogByName("light")
	if err != nil {
		t.Fatal(err)
	}
	value, err := reader.Read(ctx, map[string]interface{}{"fromDataManagement": true})
	if err != nil {
		t.Fatalf("ReadAnalogReader: %v", err)
	}
	if value.Value < 0 || value.Value > 4095 || value.Max <= value.Min {
		t.Errorf("analog reading %+v is not a 12-bit ADC count with its range", value)
	}
	pin, err := b.GPIOPinByName("15")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := pin.Get(ctx, nil); err != nil {
		t.Fatalf("GetGPIO: %v", err)
	}
	temperature, err := sensor.FromProvider(rc, "temperature")
	if err != nil {
		t.Fatal(err)
	}
	readings, err := temperature.Readings(ctx, nil)
	if err != nil || readings["temperature_celsius"] == nil {
		t.Fatalf("temperature readings %v: %v", readings, err)
	}
	imu, err := movementsensor.FromProvider(rc, "imu")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := imu.LinearAcceleration(ctx, nil); err != nil {
		t.Fatalf("LinearAcceleration: %v", err)
	}

	// What a parent asks when the remote's config has a frame, or when the app asks for its status.
	frames, err := rc.FrameSystemConfig(ctx)
	if err != nil {
		t.Fatalf("FrameSystemConfig: %v", err)
	}
	if len(frames.Parts) != 0 {
		t.Errorf("a board with no frames has an empty frame system, got %d parts", len(frames.Parts))
	}
	machineStatus, err := rc.MachineStatus(ctx)
	if err != nil {
		t.Fatalf("GetMachineStatus: %v", err)
	}
	for _, res := range machineStatus.Resources {
		if res.Name.Name == "board" && res.State != resource.NodeStateReady {
			t.Errorf("board state %v, error %v", res.State, res.Error)
		}
	}

	// The parent refreshes every 10 s; each refresh must be as quick as the first.
	for i := 0; i < 3; i++ {
		started := time.Now()
		if err := rc.Refresh(ctx); err != nil {
			t.Fatalf("Refresh: %v", err)
		}
		if took := time.Since(started); took > 2*time.Second {
			t.Fatalf("Refresh took %v", took)
		}
	}
}

// The reflection stream as robot/client opens it: one request, then a wait for the answer with the
// stream still open. An unserved method's answer cannot depend on the body, so it comes at once.
func TestStreamNeverHalfClosed(t *testing.T) {
	address, _ := boardAddress(t)
	conn, err := grpc.NewClient(address, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	stream, err := reflectpb.NewServerReflectionClient(conn).ServerReflectionInfo(ctx)
	if err != nil {
		t.Fatal(err)
	}
	request := &reflectpb.ServerReflectionRequest{
		MessageRequest: &reflectpb.ServerReflectionRequest_FileContainingSymbol{FileContainingSymbol: "viam.component.board.v1.BoardService"},
	}
	// The board may answer before the request is sent: gRPC then reports io.EOF here, and the
	// answer comes from Recv.
	if err := stream.Send(request); err != nil && !errors.Is(err, io.EOF) {
		t.Fatal(err)
	}
	started := time.Now()
	_, err = stream.Recv()
	if status.Code(err) != codes.Unimplemented {
		t.Fatalf("reflection answered %v, want Unimplemented", err)
	}
	if took := time.Since(started); took > 2*time.Second {
		t.Fatalf("reflection answered after %v", took)
	}

	// A served method called without a token: the answer (Unauthenticated) cannot depend on the
	// body either.
	names, err := conn.NewStream(ctx, &grpc.StreamDesc{ClientStreams: true, ServerStreams: true}, "/viam.robot.v1.RobotService/ResourceNames")
	if err != nil {
		t.Fatal(err)
	}
	if err := names.SendMsg(&pb.ResourceNamesRequest{}); err != nil && !errors.Is(err, io.EOF) {
		t.Fatal(err)
	}
	started = time.Now()
	err = names.RecvMsg(&pb.ResourceNamesResponse{})
	if status.Code(err) != codes.Unauthenticated || time.Since(started) > 2*time.Second {
		t.Fatalf("unauthenticated half-open call answered %v after %v", err, time.Since(started))
	}
}

// The board serves VIAM_BOARD_MAX_CONNECTIONS connections; one more must be told why it is refused
// instead of failing later with a closed connection.
func TestRefusedConnectionLearnsWhy(t *testing.T) {
	address, _ := boardAddress(t)
	limit := 2
	if os.Getenv("VIAM_BOARD_MAX_CONNECTIONS") != "2" {
		t.Fatal("the board must be started with a limit of 2 connections")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var open []*grpc.ClientConn
	defer func() {
		for _, conn := range open {
			conn.Close()
		}
	}()
	dial := func() *grpc.ClientConn {
		//nolint:staticcheck // the blocking dial is what goutils' rpc uses
		conn, err := grpc.DialContext(ctx, address, grpc.WithTransportCredentials(insecure.NewCredentials()), grpc.WithBlock())
		if err != nil {
			t.Fatalf("dial: %v", err)
		}
		open = append(open, conn)
		return conn
	}
	for i := 0; i < limit; i++ {
		// A call makes sure the board counts this connection before the next one comes.
		_, err := pb.NewRobotServiceClient(dial()).GetVersion(ctx, &pb.GetVersionRequest{})
		if status.Code(err) != codes.Unauthenticated {
			t.Fatalf("connection %d: %v", i+1, err)
		}
	}
	_, err := pb.NewRobotServiceClient(dial()).GetVersion(ctx, &pb.GetVersionRequest{})
	if status.Code(err) != codes.Unavailable || !strings.Contains(err.Error(), "too many connections") {
		t.Fatalf("the connection over the limit got %v, want Unavailable naming too many connections", err)
	}

	// A parent adding the board while it is full: the dial itself fails, naming the reason.
	rc, err := dialAsParent(ctx, t, address, os.Getenv("VIAM_BOARD_SECRET"))
	if err == nil {
		rc.Close(context.Background())
		t.Fatal("robot/client connected to a board with no connection to spare")
	}
	if !strings.Contains(err.Error(), "too many connections") {
		t.Fatalf("robot/client's dial failed with %v, which does not say why", err)
	}
}

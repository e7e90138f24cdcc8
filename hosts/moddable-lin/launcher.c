// Runs a Moddable `mcconfig -p lin` build (mc.so) headless. Moddable's simulator (mcsim) opens that
// library in a GTK window and calls fxScreenLaunch with a screen; this passes a screen with no
// display, runs the GLib main loop that the runtime's timers and sockets use, and exits with the
// status XS aborts with ("memory full" and the like), so that the runner sees every failure.
// Built by scripts/moddable-run.ts against the installed SDK's screen.h.
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "screen.h"

static GMainLoop *loop;

static void onAbort(txScreen *screen, int status)
{
	fprintf(stderr, "XS aborted with status %d\n", status);
	fflush(stdout);
	exit(100 + status);
}

static void ignoreScreen(txScreen *screen) {}
static void ignoreStart(txScreen *screen, double interval) {}
static void ignoreMessage(txScreen *screen, char *buffer, int size) {}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s path/to/mc.so\n", argv[0]);
		return 2;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	void *library = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
	if (!library) {
		fprintf(stderr, "%s\n", dlerror());
		return 2;
	}
	txScreenLaunchProc launch = (txScreenLaunchProc)dlsym(library, "fxScreenLaunch");
	if (!launch) {
		fprintf(stderr, "%s has no fxScreenLaunch\n", argv[1]);
		return 2;
	}
	txScreen *screen = calloc(1, sizeof(txScreen));
	screen->abort = onAbort;
	screen->bufferChanged = ignoreScreen;
	screen->formatChanged = ignoreScreen;
	screen->post = ignoreMessage;
	screen->start = ignoreStart;
	screen->stop = ignoreScreen;
	screen->width = 1;
	screen->height = 1;
	loop = g_main_loop_new(NULL, FALSE);
	(*launch)(screen);
	if (!screen->machine) {
		fprintf(stderr, "the XS machine could not be created\n");
		return 3;
	}
	g_main_loop_run(loop);
	return 0;
}
